namespace RemoteEvaluation.Client.Transport;

/// <summary>Why one WebSocket connection ended: the error (none for a clean close), whether reconnecting is allowed, and whether the caller closed it.</summary>
internal sealed record SessionEnd(Exception? Error, bool AllowReconnect, bool ByClient);
