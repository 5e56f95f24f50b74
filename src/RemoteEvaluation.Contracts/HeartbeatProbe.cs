namespace RemoteEvaluation.Contracts;

/// <summary>
/// A heartbeat (心跳) probe sent by the server; the client echoes <see cref="Sequence"/> back so the
/// server measures the round-trip time from its own clock.
/// </summary>
public sealed record HeartbeatProbe(long Sequence, DateTimeOffset SentAt);
