namespace RemoteEvaluation.Grains.Persistence;

/// <summary>Where a stream stands: its id, kind, current version and the hash of its last event.</summary>
public sealed record StreamHead(string StreamId, string Kind, long Version, ReadOnlyMemory<byte> LastHash);
