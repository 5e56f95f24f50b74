namespace RemoteEvaluation.Server.Hubs;

/// <summary>Stable codes of refusals by the hubs themselves (拒绝代码), for arguments no rule could judge; never renamed.</summary>
public static class HubRejections
{
    /// <summary>The session id is not one a session stream can have (letters, digits and <c>. _ : -</c>).</summary>
    public const string InvalidSession = "hub.invalid_session";

    /// <summary>
    /// Staff joined a session that has not been scheduled: the access rules let staff of any centre command a session that
    /// does not exist yet (to schedule it), but following it needs it to exist, or a centre could watch someone else's.
    /// </summary>
    public const string UnknownSession = "hub.unknown_session";

    /// <summary>A resync was asked from a negative version.</summary>
    public const string InvalidVersion = "hub.invalid_version";
}
