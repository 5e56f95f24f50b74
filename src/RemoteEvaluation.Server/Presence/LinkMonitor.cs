using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using RemoteEvaluation.Contracts;
using RemoteEvaluation.Domain.Presence;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Grains.Sessions;
using RemoteEvaluation.Server.Hubs;

namespace RemoteEvaluation.Server.Presence;

/// <summary>
/// Heartbeats (心跳): every <see cref="PresenceOptions.HeartbeatInterval"/> it probes each centre of a session through one of its connections, takes the
/// answers (round-trip time to the host, a silent centre recorded back), and records a centre unheard for longer than
/// <see cref="PresenceOptions.SilenceAfter"/> as silent through the session grain. Alerts and auto-suspension follow from
/// the recorded event (<see cref="LinkHealthFeed"/>), so every node reacts alike.
/// </summary>
public sealed class LinkMonitor(
    LinkTracker tracker,
    IHubContext<EvaluationHub, IEvaluationClient> hub,
    IGrainFactory grains,
    TimeProvider time,
    IOptions<PresenceOptions> options,
    ILogger<LinkMonitor> logger) : BackgroundService
{
    /// <summary>
    /// A round is spread over <see cref="Slices"/> ticks, each probing the connections of one slice: probing thousands of
    /// connections at once sent a burst of heartbeats, answers and presence pushes every interval, and whatever else
    /// arrived during the burst (a score on its way to the host) waited behind it.
    /// </summary>
    public const int Slices = 10;

    /// <summary>One whole round: probe every connection, then record the centres that went silent.</summary>
    public Task TickAsync() => TickAsync(0, 1);

    /// <summary>Probes the connections of <paramref name="slice"/> (of <paramref name="slices"/>), then records the centres that went silent.</summary>
    public async Task TickAsync(int slice, int slices)
    {
        var now = time.GetUtcNow();
        foreach (var (connectionId, probe) in tracker.Probe(now, slice, slices))
        {
            await hub.Clients.Client(connectionId).Heartbeat(probe);
        }

        foreach (var silence in tracker.Silent(now, options.Value.SilenceAfter))
        {
            await RecordSilenceAsync(silence);
        }
    }

    /// <summary>A connection answered probe <paramref name="sequence"/>: the host hears the centre's round trip.</summary>
    public async Task AnswerAsync(string connectionId, long sequence)
    {
        if (tracker.Answer(connectionId, sequence, time.GetUtcNow()) is not { } heard)
        {
            return;
        }

        var sessionId = heard.Update.SessionId;
        await hub.Clients.Group(HostGroup.Of(sessionId, heard.HostSiteId)).Presence(heard.Update);
        if (heard.WasSilent)
        {
            var state = (await grains.GetGrain<ISessionGrain>(sessionId).GetSnapshotAsync()).State;
            if (state.Presence.SilentSites.TryGetValue(heard.Update.SiteId, out var lastHeard))
            {
                // One command id per silence, so every node that hears the centre again records its return once.
                var command = new RecordSiteBack(SystemHost.Actor, heard.Update.SiteId);
                await RecordAsync(sessionId, command, $"site-back:{heard.Update.SiteId}:{lastHeard.UtcTicks}", heard.HostSiteId);
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.HeartbeatInterval / Slices, time);
        var slice = 0;
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await TickAsync(slice, Slices);
                slice = (slice + 1) % Slices;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                PresenceLog.Failed(logger, "(all)", ex);
            }
        }
    }

    private async Task RecordSilenceAsync(SiteSilence silence)
    {
        var state = (await grains.GetGrain<ISessionGrain>(silence.SessionId).GetSnapshotAsync()).State;
        if (state.Phase is SessionPhase.None or >= SessionPhase.Closed)
        {
            tracker.Forget(silence.SessionId, silence.SiteId);
            return;
        }

        // Its connections left this node; if it connected again through another node since, that node hears it.
        if (!silence.StillConnectedHere && state.Presence.At(silence.SiteId).Any(a => a.Since > silence.LastHeardAt))
        {
            return;
        }

        PresenceLog.SiteSilent(logger, silence.SessionId, silence.SiteId, silence.LastHeardAt);
        var command = new RecordSiteSilent(SystemHost.Actor, silence.SiteId, silence.LastHeardAt);
        await RecordAsync(silence.SessionId, command, $"site-silent:{silence.SiteId}:{silence.LastHeardAt.UtcTicks}", silence.HostSiteId);
    }

    private async Task RecordAsync(string sessionId, SessionCommand command, string commandId, string hostSiteId)
    {
        var result = await grains.GetGrain<ISessionGrain>(sessionId).ExecuteAsync(command, SystemHost.Context(commandId, hostSiteId));
        if (result.Rejection is { } refused)
        {
            PresenceLog.RecordRefused(logger, command.GetType().Name, sessionId, refused.Code);
        }
    }
}
