using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Server.Hubs;
using RemoteEvaluation.Storage.Feed;

namespace RemoteEvaluation.Server.Audit;

/// <summary>
/// The audit search's projection (审计检索索引) of every session in the log, in this node's memory. It follows the
/// log, never a grain: the change feed's append notices wake it to read the one stream that moved, and before each
/// search it re-lists the session stream heads and reads every stream whose version moved past what it folded, so a
/// lost notice costs nothing and a restart rebuilds it from the log. Only the events <see cref="AuditedSession"/>
/// folds are decoded.
/// </summary>
public sealed class SessionDirectory(IEventStore store, IChangeFeed feed, ILogger<SessionDirectory> logger) : IHostedService, IDisposable
{
    private const string SessionPrefix = "session/";
    private const int HeadsPerPage = 1000;
    private readonly SemaphoreSlim turn = new(1, 1);
    private readonly Dictionary<string, AuditedSession> sessions = new(StringComparer.Ordinal);
    private IDisposable? subscription;

    /// <summary>Every session recorded so far, caught up with the log.</summary>
    public async Task<IReadOnlyList<AuditedSession>> AllAsync(CancellationToken cancellationToken)
    {
        await turn.WaitAsync(cancellationToken);
        try
        {
            string? after = null;
            while (true)
            {
                var heads = await store.ListStreamsAsync("session", after, HeadsPerPage, cancellationToken);
                foreach (var head in heads)
                {
                    await CatchUpAsync(head.StreamId, head.Version, cancellationToken);
                }

                if (heads.Count < HeadsPerPage)
                {
                    return [.. sessions.Values];
                }

                after = heads[^1].StreamId;
            }
        }
        finally
        {
            turn.Release();
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        subscription = feed.Subscribe(OnAppendedAsync);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        subscription?.Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        subscription?.Dispose();
        turn.Dispose();
    }

    private async ValueTask OnAppendedAsync(StreamAppended appended)
    {
        if (!appended.StreamId.StartsWith(SessionPrefix, StringComparison.Ordinal))
        {
            return;
        }

        await turn.WaitAsync();
        try
        {
            await CatchUpAsync(appended.StreamId, appended.Version, CancellationToken.None, appended.Events);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The next search catches up from the stream heads.
            AuditLog.CatchUpFailed(logger, appended.StreamId, ex);
        }
        finally
        {
            turn.Release();
        }
    }

    /// <summary>
    /// Folds <paramref name="streamId"/> after the folded version, when its head is further on: from <paramref name="handed"/>
    /// (an append made on this node) when they follow on, else from the log. Runs under <see cref="turn"/>.
    /// </summary>
    private async Task CatchUpAsync(string streamId, long headVersion, CancellationToken cancellationToken, IReadOnlyList<StoredEvent>? handed = null)
    {
        var sessionId = streamId[SessionPrefix.Length..];
        var entry = sessions.GetValueOrDefault(sessionId) ?? AuditedSession.New(sessionId);
        if (entry.Version >= headVersion)
        {
            return;
        }

        await foreach (var stored in store.ReadAfterAsync(streamId, entry.Version, handed, cancellationToken))
        {
            entry = entry.Apply(stored.Version, AuditedSession.Folded.Contains(stored.Type) ? SessionEventView.Decode(stored) : null);
        }

        sessions[sessionId] = entry;
    }
}
