namespace RemoteEvaluation.Server.Presence;

/// <summary>A centre of a session that this node stopped hearing (失联), when it last heard it, and whether any of its connections are still here.</summary>
public sealed record SiteSilence(string SessionId, string SiteId, string HostSiteId, DateTimeOffset LastHeardAt, bool StillConnectedHere);
