using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using RemoteEvaluation.Storage.Feed;
using RemoteEvaluation.Storage.Limits;

namespace RemoteEvaluation.Storage.PostgreSql;

/// <summary>
/// Hears every node's appends (<c>LISTEN re_events</c>) on a dedicated connection and wakes the change
/// feed. Notifications are only wake-ups: after every (re)connect the feed re-reads the log for all the
/// streams it follows, so whatever was appended while the connection was down is still delivered.
/// No database fault leaves the loop; only stopping the service ends it.
/// </summary>
public sealed class PostgreSqlNotificationListener : BackgroundService
{
    // Longer stream ids are not ours: someone else is using the channel.
    private const int MaxPayloadStreamId = 1024;

    private readonly string connectionString;
    private readonly ChangeFeed feed;
    private readonly PostgreSqlListenerOptions options;
    private readonly ILogger logger;
    private volatile bool listening;

    /// <param name="connectionString">Any connection string of the database; the listener adds its own application name.</param>
    public PostgreSqlNotificationListener(
        string connectionString, ChangeFeed feed, PostgreSqlListenerOptions options, ILogger<PostgreSqlNotificationListener> logger)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(options);
        this.connectionString = new NpgsqlConnectionStringBuilder(connectionString)
        {
            ApplicationName = options.ApplicationName,
            // A LISTEN belongs to a session: keep it off the pool, where a reset (DISCARD ALL) would drop it.
            Pooling = false,
            // Commands here are LISTEN and a probe; a server that does not answer them in time is gone.
            CommandTimeout = 10,
        }.ConnectionString;
        this.feed = feed;
        this.options = options;
        this.logger = logger;
        feed.Listening = () => listening;
    }

    /// <summary>This node's own commits, whose notifications the feed already had from the writer.</summary>
    internal OwnNotifications? Own { get; init; }

    /// <summary>True while the <c>LISTEN</c> connection is up; readiness checks report it.</summary>
    public bool IsListening => listening;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var attempt = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(() => attempt = 0, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                listening = false;
                var delay = Backoff(attempt++);
                if (ex is NpgsqlException or IOException or TimeoutException or OperationCanceledException)
                {
                    StorageLog.ListenerDisconnected(logger, delay, ex);
                }
                else
                {
                    StorageLog.ListenerFailed(logger, delay, ex);
                }

                await DelayQuietlyAsync(delay, stoppingToken);
            }
        }

        listening = false;
        StorageLog.ListenerStopped(logger);
    }

    private async Task ListenAsync(Action connected, CancellationToken stoppingToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        connection.Notification += OnNotification;
        await connection.OpenAsync(stoppingToken);
        // Echoes of what was committed while nobody listened never come. Forgotten before LISTEN, not after: an append
        // expected between the two would lose its entry and its echo would come back as another node's.
        Own?.Clear();
        await using (var listen = new NpgsqlCommand($"LISTEN {PostgreSqlEventStore.Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        listening = true;
        connected();
        StorageLog.ListenerConnected(logger, PostgreSqlEventStore.Channel);

        // LISTEN first, then catch up: an append after LISTEN is notified, one before it is in the log.
        feed.CatchUpAll();
        while (true)
        {
            if (!await connection.WaitAsync(options.ProbeAfter, stoppingToken))
            {
                // A silent link may be a dead one (no FIN from a vanished server): a round trip proves it.
                await using var probe = new NpgsqlCommand("SELECT 1", connection);
                await probe.ExecuteNonQueryAsync(stoppingToken);
                StorageLog.ListenerProbed(logger, options.ProbeAfter);
            }
        }
    }

    private void OnNotification(object sender, NpgsqlNotificationEventArgs e)
    {
        if (e.Channel != PostgreSqlEventStore.Channel)
        {
            return;
        }

        // Any database user may NOTIFY this channel: trust nothing but a well-formed payload.
        if (StreamAppended.TryParse(e.Payload, out var appended)
            && appended.Version > 0
            && StreamIds.IsValid(appended.StreamId, MaxPayloadStreamId))
        {
            if (Own?.IsEcho(appended) != true)
            {
                feed.Notify(appended);
            }
        }
        else
        {
            StorageLog.ListenerBadPayload(logger, e.Payload.Length <= 200 ? e.Payload : e.Payload[..200]);
        }
    }

    /// <summary>Exponential backoff with "equal jitter": half fixed, half random, so nodes do not reconnect in step.</summary>
    private TimeSpan Backoff(int attempt)
    {
        var ceiling = Math.Min(
            options.MaxReconnectDelay.TotalMilliseconds,
            options.MinReconnectDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 20)));
        return TimeSpan.FromMilliseconds((ceiling / 2) + (Random.Shared.NextDouble() * ceiling / 2));
    }

    private static async Task DelayQuietlyAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Stopping: the loop condition ends the service.
        }
    }
}
