namespace RemoteEvaluation.Grains.Persistence;

/// <summary>
/// One recorded event exactly as stored: the server time it was recorded at (microsecond precision),
/// the hash of the previous event in the stream and its own hash.
/// </summary>
public sealed record StoredEvent(
    string StreamId,
    long Version,
    string Type,
    ReadOnlyMemory<byte> Data,
    ReadOnlyMemory<byte> Metadata,
    DateTimeOffset RecordedAt,
    string? CommandId,
    ReadOnlyMemory<byte> PreviousHash,
    ReadOnlyMemory<byte> Hash);
