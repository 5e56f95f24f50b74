using RemoteEvaluation.Contracts;

namespace RemoteEvaluation.Server.Presence;

/// <summary>A heartbeat answer from a centre: its presence for the host, and whether it had been recorded as silent.</summary>
public sealed record SiteHeard(PresenceUpdate Update, string HostSiteId, bool WasSilent);
