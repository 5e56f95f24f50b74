namespace RemoteEvaluation.Contracts;

/// <summary>
/// The answer to <c>ShowDocument</c> (文档同步): recorded at <see cref="Version"/>, or <see cref="Superseded"/> — a later
/// position from the presenter arrived while an earlier one was being written, so only the later one is recorded
/// (<see cref="Version"/> is then the version the session had when this one arrived).
/// </summary>
public sealed record DocumentViewAck(long Version, bool Superseded);
