namespace RemoteEvaluation.Contracts;

/// <summary>
/// The presence (在线状态) of one site (分会场) in a session: whether it is connected, its last measured
/// round-trip time (absent until measured), and when it was last heard from.
/// </summary>
public sealed record PresenceUpdate(string SessionId, string SiteId, bool Online, double? RoundTripMilliseconds, DateTimeOffset LastHeardAt);
