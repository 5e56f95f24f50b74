using RemoteEvaluation.Domain.Sessions;

namespace RemoteEvaluation.Grains.Sessions;

/// <summary>A session's state at a stream version.</summary>
public sealed record SessionSnapshot(string SessionId, long Version, SessionState State);
