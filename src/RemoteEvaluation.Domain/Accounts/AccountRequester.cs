namespace RemoteEvaluation.Domain.Accounts;

/// <summary>
/// Who asks for an account change (操作人): a signed-in account with its role, or the system itself
/// (seeding demo data). An account command is judged by this, not by the account it changes.
/// </summary>
public sealed record AccountRequester(string Username, StaffRole? Role)
{
    /// <summary>The service itself, for example when it seeds the demo accounts.</summary>
    public static readonly AccountRequester System = new("system", null);

    public bool IsSystem => Role is null;

    public bool IsAdmin => Role == StaffRole.Admin;

    /// <summary>An administrator or the system: may manage any account.</summary>
    public bool MayManage => IsSystem || IsAdmin;
}
