namespace RemoteEvaluation.Client.Streams;

/// <summary>
/// Versions of a stream are missing: <see cref="LastApplied"/> was applied, the next one held is
/// <see cref="NextHeld"/>, and <see cref="HeldCount"/> versions wait until a resync fills the gap.
/// </summary>
public sealed record StreamGap(string Stream, long LastApplied, long NextHeld, int HeldCount);
