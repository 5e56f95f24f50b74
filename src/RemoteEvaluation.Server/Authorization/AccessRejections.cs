namespace RemoteEvaluation.Server.Authorization;

/// <summary>Stable codes of refusals by <see cref="IAccessRules"/> (拒绝代码), before a command reaches a grain; never renamed.</summary>
public static class AccessRejections
{
    public const string Unauthenticated = "auth.unauthenticated";
    public const string ReadOnly = "auth.read_only";
    public const string WrongRole = "auth.wrong_role";
    public const string NotInSession = "auth.not_in_session";
    public const string WrongSession = "auth.wrong_session";
    public const string NotAMember = "auth.not_a_member";
    public const string SessionClosed = "auth.session_closed";

    /// <summary>A long-lived connection's staff account was disabled, or its role or centre changed, since it connected.</summary>
    public const string AccountInactive = "auth.account_inactive";
}
