using RemoteEvaluation.Contracts;

namespace RemoteEvaluation.Server.Presence;

/// <summary>
/// A heartbeat answer from a centre: its presence for the host, whether it had been recorded as silent, and whether the
/// host is due to hear it (<see cref="LinkTracker.Answer"/>).
/// </summary>
public sealed record SiteHeard(PresenceUpdate Update, string HostSiteId, bool WasSilent, bool ReportToHost = true);
