namespace RemoteEvaluation.Server.Audit;

/// <summary>
/// Stable codes of the audit API (审计接口) besides the shared <c>request.invalid_field</c> and
/// <c>request.invalid_paging</c>; never renamed.
/// </summary>
public static class AuditRejections
{
    /// <summary>No session was ever recorded under this id.</summary>
    public const string UnknownSession = "audit.unknown_session";
}
