namespace RemoteEvaluation.Grains.Persistence;

/// <summary>The stable names of the checks a chain verification (哈希链校验) runs, in the order it runs them; never renamed.</summary>
public static class ChainChecks
{
    /// <summary>Versions run 1, 2, 3… without a gap or a repeat.</summary>
    public const string Sequence = "sequence";

    /// <summary>Each event's previous hash is the hash of the event before it (32 zero bytes for the first).</summary>
    public const string Link = "link";

    /// <summary>Each event's stored hash is the hash of its contents.</summary>
    public const string Contents = "contents";

    /// <summary>The stream head's version is the last event's version.</summary>
    public const string HeadVersion = "head_version";

    /// <summary>The stream head's last hash is the last event's hash.</summary>
    public const string HeadHash = "head_hash";
}
