namespace RemoteEvaluation.Domain.Accounts;

/// <summary>Something that happened to a staff account (账号事件).</summary>
public abstract record AccountEvent;

/// <summary>The account was created (账号已开通).</summary>
[EventType("account.created")]
public sealed record AccountCreated(
    string Username,
    string DisplayName,
    StaffRole Role,
    string? SiteId,
    string PasswordHash,
    string CreatedBy,
    DateTimeOffset At) : AccountEvent;

/// <summary>The password was changed by the account itself, or reset by an administrator (密码已修改/重置).</summary>
[EventType("account.password_changed")]
public sealed record PasswordChanged(string PasswordHash, string ChangedBy, bool Reset, DateTimeOffset At) : AccountEvent;

/// <summary>The account was disabled (账号已停用).</summary>
[EventType("account.disabled")]
public sealed record AccountDisabled(string Reason, string DisabledBy, DateTimeOffset At) : AccountEvent;

/// <summary>The account was enabled again (账号已启用).</summary>
[EventType("account.enabled")]
public sealed record AccountEnabled(string EnabledBy, DateTimeOffset At) : AccountEvent;

/// <summary>The account was given another role (角色已变更).</summary>
[EventType("account.role_assigned")]
public sealed record RoleAssigned(StaffRole Role, string? SiteId, string AssignedBy, DateTimeOffset At) : AccountEvent;
