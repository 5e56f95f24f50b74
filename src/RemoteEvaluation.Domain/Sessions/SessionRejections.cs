namespace RemoteEvaluation.Domain.Sessions;

/// <summary>The stable rejection codes of session commands.</summary>
public static class SessionRejections
{
    public const string AlreadyScheduled = "session.already_scheduled";
    public const string NotScheduled = "session.not_scheduled";
    public const string StartInPast = "session.start_in_past";
    public const string FieldRequired = "session.field_required";
    public const string SiteAlreadyLinked = "session.site_already_linked";
    public const string SiteIsHost = "session.site_is_host";
}
