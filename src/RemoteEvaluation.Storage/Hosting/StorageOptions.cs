namespace RemoteEvaluation.Storage.Hosting;

/// <summary>Which database holds the event log; bound from the <c>Storage</c> configuration section.</summary>
public sealed class StorageOptions
{
    /// <summary><see cref="StorageProvider.Sqlite"/> (embedded default) or <see cref="StorageProvider.PostgreSql"/> (several nodes).</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>How often change-feed followers re-read without a notification (a safety net, not the main path).</summary>
    public TimeSpan FeedPollInterval { get; set; } = TimeSpan.FromSeconds(5);
}

public enum StorageProvider
{
    Sqlite,
    PostgreSql,
}
