using System.Collections.Concurrent;
using RemoteEvaluation.Domain.Draw;
using RemoteEvaluation.Grains.Draw;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Storage.Feed;

namespace RemoteEvaluation.Server.Coordination;

/// <summary>
/// Reveals a draw's secret when its session closes (公开密钥): follows the session stream of every draw that is not
/// revealed yet and, on <c>session.closed</c>, opens the sealed secret and records the reveal on the draw. Every node
/// runs one; the command id <c>reveal:{drawId}</c> makes the second node's reveal a repeat that records nothing.
/// </summary>
public sealed class DrawRevealer(IChangeFeed feed, IEventStore store, IGrainFactory grains, DrawSecretVault vault, ILogger<DrawRevealer> logger)
    : BackgroundService
{
    private const string SessionClosed = "session.closed";

    // Draw id → the follower of its session; kept (disposed) after the reveal so the draw is not watched again.
    private readonly ConcurrentDictionary<string, Watcher> watched = new(StringComparer.Ordinal);

    /// <summary>Starts following the draw's session, unless it is already followed.</summary>
    public void Watch(string drawId, string sessionId)
    {
        var watcher = new Watcher();
        if (watched.TryAdd(drawId, watcher))
        {
            watcher.Follow = feed.Follow($"session/{sessionId}", 0, (stored, _) => stored.Type == SessionClosed ? new ValueTask(RevealAsync(drawId)) : ValueTask.CompletedTask);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Draws requested on other nodes announce themselves by their first append.
        using var subscription = feed.Subscribe(appended => appended.StreamId.StartsWith("draw/", StringComparison.Ordinal)
            ? new ValueTask(WatchDrawAsync(appended.StreamId["draw/".Length..]))
            : ValueTask.CompletedTask);

        try
        {
            await WatchExistingDrawsAsync(stoppingToken);
        }
        catch (Exception) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped while starting: the store may already be gone.
            return;
        }

        await Task.Delay(Timeout.Infinite, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private async Task WatchExistingDrawsAsync(CancellationToken cancellationToken)
    {
        string? after = null;
        IReadOnlyList<StreamHead> heads;
        do
        {
            heads = await store.ListStreamsAsync("draw", after, 1000, cancellationToken);
            foreach (var head in heads)
            {
                await WatchDrawAsync(head.StreamId["draw/".Length..]);
            }

            after = heads.Count > 0 ? heads[^1].StreamId : after;
        }
        while (heads.Count == 1000);
    }

    public override void Dispose()
    {
        foreach (var watcher in watched.Values)
        {
            watcher.Stop();
        }

        base.Dispose();
    }

    private async Task WatchDrawAsync(string drawId)
    {
        if (watched.ContainsKey(drawId))
        {
            return;
        }

        var state = (await grains.GetGrain<IDrawGrain>(drawId).GetSnapshotAsync()).State;
        if (state.Request is { } request && state.RevealedSecret is null)
        {
            Watch(drawId, request.SessionId);
        }
    }

    private async Task RevealAsync(string drawId)
    {
        if (await vault.OpenAsync(drawId) is not { } secret)
        {
            // Requested outside the API (tests, tools): whoever holds the secret reveals it.
            CoordinationLog.NoSealedSecret(logger, drawId);
            return;
        }

        var result = await grains.GetGrain<IDrawGrain>(drawId).RevealAsync(secret, CommandContext.System($"reveal:{drawId}"));
        if (result.Rejection is { } rejected && rejected.Code != DrawRejections.AlreadyRevealed)
        {
            CoordinationLog.RevealRefused(logger, drawId, rejected.Code);
            return;
        }

        CoordinationLog.Revealed(logger, drawId);
        if (watched.TryGetValue(drawId, out var watcher))
        {
            watcher.Stop();
        }
    }

    private sealed class Watcher
    {
        private int stopped;

        public IDisposable? Follow { get; set; }

        /// <summary>Stops following, once.</summary>
        public void Stop()
        {
            if (Interlocked.Exchange(ref stopped, 1) == 0)
            {
                Follow?.Dispose();
            }
        }
    }
}
