namespace RemoteEvaluation.Domain.Sessions;

/// <summary>The stable rejection codes of session commands (拒绝代码): shared by the API, the UI and the tests; never renamed.</summary>
public static class SessionRejections
{
    public const string AlreadyScheduled = "session.already_scheduled";
    public const string NotScheduled = "session.not_scheduled";
    public const string StartInPast = "session.start_in_past";
    public const string FieldRequired = "session.field_required";
    public const string SiteAlreadyLinked = "session.site_already_linked";
    public const string SiteIsHost = "session.site_is_host";
    public const string WrongPhase = "session.wrong_phase";
    public const string WrongRole = "session.wrong_role";
    public const string WrongSite = "session.wrong_site";
    public const string InvalidSettings = "session.invalid_settings";
    public const string CriteriaMissing = "session.criteria_missing";
    public const string BidsMissing = "session.bids_missing";
    public const string BidsInvalid = "session.bids_invalid";
    public const string BidsAlreadyRegistered = "session.bids_already_registered";
    public const string Suspended = "session.suspended";
    public const string AlreadySuspended = "session.already_suspended";
    public const string NotSuspended = "session.not_suspended";
    public const string SuspensionLimitExceeded = "session.suspension_limit_exceeded";
    public const string SuspensionWithinLimit = "session.suspension_within_limit";
    public const string ReasonRequired = "session.reason_required";
}
