namespace RemoteEvaluation.Domain.Accounts;

/// <summary>A command to one staff account (账号指令), always saying who asks.</summary>
public abstract record AccountCommand(AccountRequester By);

/// <summary>Create an account (开通账号), by an administrator or the system; the password arrives already hashed.</summary>
public sealed record CreateAccount(
    AccountRequester By,
    string Username,
    string DisplayName,
    StaffRole Role,
    string? SiteId,
    string PasswordHash) : AccountCommand(By);

/// <summary>
/// Change the password (修改密码): by the account itself, after the caller verified the current password
/// (<paramref name="CurrentPasswordVerified"/>), or reset by an administrator (重置密码).
/// </summary>
public sealed record ChangePassword(AccountRequester By, string NewPasswordHash, bool CurrentPasswordVerified) : AccountCommand(By);

/// <summary>Disable the account (停用账号): it can no longer sign in; nothing is deleted.</summary>
public sealed record DisableAccount(AccountRequester By, string Reason) : AccountCommand(By);

/// <summary>Enable a disabled account again (启用账号).</summary>
public sealed record EnableAccount(AccountRequester By) : AccountCommand(By);

/// <summary>Give the account another role (分配角色), with the centre that role needs.</summary>
public sealed record AssignRole(AccountRequester By, StaffRole Role, string? SiteId) : AccountCommand(By);
