namespace RemoteEvaluation.Domain.Presence;

/// <summary>Stable rejection codes of presence records (拒绝代码): shared by the API, the UI and the tests; never renamed.</summary>
public static class PresenceRejections
{
    public const string ConnectionRequired = "presence.connection_required";
    public const string UnknownSite = "presence.unknown_site";
}
