using RemoteEvaluation.Storage.Limits;

namespace RemoteEvaluation.Storage.PostgreSql;

/// <summary>Settings of the PostgreSQL storage. Bound from configuration section <c>Storage:PostgreSql</c>.</summary>
public sealed record PostgreSqlStorageOptions
{
    public EventStoreLimits Limits { get; init; } = new();

    /// <summary>
    /// How often every follower re-reads its stream without being notified; null for never. A safety net
    /// only: notifications and the catch-up after every listener reconnect already cover gaps.
    /// </summary>
    public TimeSpan? PollInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Writer loops of the store (each holds a pooled connection while it commits a batch).</summary>
    public int Writers { get; init; } = 2;

    /// <summary>Apply the schema scripts when the host starts (safe on every node at once).</summary>
    public bool ApplySchemaOnStart { get; init; } = true;

    public PostgreSqlListenerOptions Listener { get; init; } = new();
}

/// <summary>Settings of the <c>LISTEN</c> connection.</summary>
public sealed record PostgreSqlListenerOptions
{
    /// <summary>The listener connection's <c>application_name</c>, as shown in <c>pg_stat_activity</c>.</summary>
    public string ApplicationName { get; init; } = "remote-evaluation-listener";

    /// <summary>The first delay before reconnecting; it doubles (with jitter) up to <see cref="MaxReconnectDelay"/>.</summary>
    public TimeSpan MinReconnectDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan MaxReconnectDelay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>After this long without a notification the connection is probed, so a dead link is noticed.</summary>
    public TimeSpan ProbeAfter { get; init; } = TimeSpan.FromSeconds(15);
}
