namespace RemoteEvaluation.Contracts;

/// <summary>
/// The result of a hub method that ran a command (指令): the stream version after it, and whether the
/// command id had been seen before (<see cref="Duplicate"/>: nothing new was recorded, the first
/// outcome is returned). Sending the same command id again after a lost connection is always safe.
/// </summary>
public sealed record CommandAck(long Version, bool Duplicate);
