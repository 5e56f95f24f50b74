namespace RemoteEvaluation.Grains.Persistence;

/// <summary>
/// The result of re-computing a stream's hash chain (哈希链校验): either intact up to
/// <see cref="Version"/>, or broken first at <see cref="Version"/> for the stated reason.
/// </summary>
public sealed record ChainVerification(string StreamId, bool IsIntact, long Version, string? Problem)
{
    /// <summary>Which check failed (<see cref="ChainChecks"/>); null when intact.</summary>
    public string? Check { get; init; }

    /// <summary>The hash the chain required at the break, lower-case hex; null when the check compares no hashes.</summary>
    public string? ExpectedHash { get; init; }

    /// <summary>The hash found at the break, lower-case hex; null when the check compares no hashes.</summary>
    public string? ActualHash { get; init; }

    public static ChainVerification Intact(string streamId, long lastVersion) => new(streamId, true, lastVersion, null);

    public static ChainVerification Broken(string streamId, long version, string problem) => new(streamId, false, version, problem);
}
