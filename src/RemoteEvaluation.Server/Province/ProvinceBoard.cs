using Microsoft.AspNetCore.SignalR;
using RemoteEvaluation.Contracts;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Grains.Sessions;
using RemoteEvaluation.Server.Hubs;
using RemoteEvaluation.Storage.Feed;

namespace RemoteEvaluation.Server.Province;

/// <summary>
/// The province board (全省评标看板): today's sessions read from the log, and a push of a session's new view to the
/// province group whenever its stream moves, on every node (the feed's notifications reach every node). Pushes are
/// best effort: a missed notification is made good by the next change or by calling <c>Watch</c> again. Feed subscribers
/// run on the thread pool, so two notices of one session can be handled at once: a session's pushes take turns
/// (<see cref="PushedVersions"/>) and a view no newer than the last one pushed is dropped, so a page never gets an
/// older view of a session after a newer one. Coordinators are also told every link fault recorded in a session of
/// today after the view they were answered (<see cref="ProvinceLinkAlerts"/>).
/// </summary>
public sealed class ProvinceBoard(
    IEventStore store,
    IGrainFactory grains,
    IChangeFeed feed,
    IHubContext<ProvinceHub, IProvinceClient> hub,
    ProvinceLinkAlerts alerts,
    TimeProvider time,
    ILogger<ProvinceBoard> logger) : IHostedService
{
    private const string SessionPrefix = "session/";
    private readonly PushedVersions pushed = new();
    private IDisposable? subscription;

    /// <summary>Today's sessions, in start order.</summary>
    public async Task<IReadOnlyList<ProvinceSession>> TodayAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = new List<ProvinceSession>();
        string? after = null;
        while (true)
        {
            var heads = await store.ListStreamsAsync("session", after, 1000, cancellationToken);
            foreach (var head in heads)
            {
                var snapshot = await grains.GetGrain<ISessionGrain>(head.StreamId[SessionPrefix.Length..]).GetSnapshotAsync();
                if (snapshot.State.Phase != SessionPhase.None && ProvinceView.IsToday(snapshot.State, now))
                {
                    alerts.Follow(snapshot.SessionId, snapshot.Version);
                    today.Add(ProvinceView.Of(snapshot));
                }
            }

            if (heads.Count < 1000)
            {
                return [.. today.OrderBy(s => s.StartsAt)];
            }

            after = heads[^1].StreamId;
        }
    }

    /// <summary>A coordinator or supervisor started watching on this node; pushes run while anyone watches here.</summary>
    public void Watching() => alerts.Watching();

    public void StoppedWatching() => alerts.StoppedWatching();

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

    /// <summary>
    /// Pushes <paramref name="snapshot"/>'s view to the province group when the session is today's and no view as new was
    /// pushed from this node; the pushes of one session take turns, so their order is their versions' order. A session
    /// of today not yet followed for link alerts (scheduled after <c>Watch</c> answered) is followed from its start.
    /// </summary>
    public async Task PushAsync(SessionSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.State.Phase == SessionPhase.None || !ProvinceView.IsToday(snapshot.State, time.GetUtcNow()))
        {
            pushed.Forget(snapshot.SessionId);
            alerts.Forget(snapshot.SessionId);
            return;
        }

        alerts.Follow(snapshot.SessionId, 0);
        await pushed.InTurnAsync(snapshot.SessionId, snapshot.Version, () => hub.Clients.Group(HubGroups.Province).SessionChanged(ProvinceView.Of(snapshot)));
    }

    private async ValueTask OnAppendedAsync(StreamAppended appended)
    {
        if (!alerts.Watched || !appended.StreamId.StartsWith(SessionPrefix, StringComparison.Ordinal))
        {
            return;
        }

        try
        {
            await PushAsync(await grains.GetGrain<ISessionGrain>(appended.StreamId[SessionPrefix.Length..]).GetSnapshotAsync());
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            ProvinceLog.PushFailed(logger, appended.StreamId, ex);
        }
    }
}
