namespace RemoteEvaluation.Evidence;

/// <summary>
/// One stored event as it travels in an evidence package (证据包事件): its line position, the exact stored bytes of
/// data and metadata, and the chain hashes. <see cref="RecordedAtMicros"/> is the hashed time (µs since 1970 UTC).
/// </summary>
public sealed record EvidenceEvent(
    long Position,
    string StreamId,
    long Version,
    string Type,
    long RecordedAtMicros,
    ReadOnlyMemory<byte> Data,
    ReadOnlyMemory<byte> Metadata,
    ReadOnlyMemory<byte> PreviousHash,
    ReadOnlyMemory<byte> Hash);
