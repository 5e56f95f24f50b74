using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using RemoteEvaluation.Client;

namespace RemoteEvaluation.SessionSimulator;

/// <summary>Who receives a relayed score (转发范围).</summary>
internal enum RelayReach
{
    /// <summary>Every connection of the session, as the service pushes a score sheet (a placeholder to each other member and staff).</summary>
    Session,

    /// <summary>The host connection only: the baseline the reports used until 2026-12-03, kept beside the other for comparison.</summary>
    Host,
}

/// <summary>
/// The baseline (裸转发基准): the same connections per session, the same number of score messages with the same pacing,
/// through the bare relay hub — no sign-in, no storage, no grain — so the gap to the sessions is what the service adds.
/// With <see cref="RelayReach.Session"/> each message also reaches the same connections the service's push reaches.
/// </summary>
internal sealed class RelayBot(SimulatorOptions options, RunMetrics metrics, string sessionId, RelayReach reach) : ISessionLoad
{
    /// <summary>Connections per session: the host and the experts, and with the whole session the other centres' staff.</summary>
    public static int ConnectionsPerSession(SimulatorOptions options, RelayReach reach) =>
        1 + options.Experts + (reach == RelayReach.Session ? options.Centres - 1 : 0);

    private static readonly string Payload = new('s', 220); // about a score sheet's JSON
    private readonly ConcurrentDictionary<long, long> arrivals = new();
    private readonly ConcurrentBag<(long Sequence, long SentAt)> sends = [];
    private readonly List<HubConnection> connections = [];
    private readonly List<StrongBox<int>> received = []; // messages each other connection got, with the whole session
    private HubConnection? host;

    public async Task PrepareAsync(CancellationToken ct)
    {
        host = await ConnectAsync(host: true, ct);
        host.On<long, string>("Relayed", (sequence, _) =>
        {
            arrivals.TryAdd(sequence, Stopwatch.GetTimestamp());
            return Task.CompletedTask;
        });
        await host.InvokeAsync("Join", [sessionId], ct);
        for (var i = 1; i < ConnectionsPerSession(options, reach); i++)
        {
            var other = await ConnectAsync(host: false, ct);
            if (reach == RelayReach.Session)
            {
                var count = new StrongBox<int>();
                received.Add(count);
                other.On<long, string>("Relayed", (_, _) =>
                {
                    Interlocked.Increment(ref count.Value);
                    return Task.CompletedTask;
                });
                await other.InvokeAsync("Join", [sessionId], ct);
            }
        }
    }

    public Task ScoreAsync(CancellationToken ct) => Task.WhenAll(connections.Skip(1).Take(options.Experts).Select(async (expert, e) =>
    {
        var messages = options.Bids * SimulatedTender.ScoredParts.Length;
        for (var m = 0; m < messages; m++)
        {
            if (options.Pace == Pace.Realistic)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(options.Duration.TotalMilliseconds / messages * (0.5 + Random.Shared.NextDouble())), ct);
            }

            var sequence = (e * 10_000L) + m;
            var started = Stopwatch.GetTimestamp();
            try
            {
                await expert.InvokeAsync<long>("Relay", [sessionId, sequence, Payload], ct);
                metrics.CommandRoundTrip.Record(started, Stopwatch.GetTimestamp());
                sends.Add((sequence, started));
            }
            catch (Exception ex) when (ex is HubInvocationException or HubDisconnectedException)
            {
                metrics.Errors.Add(ex is HubInvocationException hub ? hub.Code : "hub.invocation_lost");
            }
        }
    }));

    public async Task FinishAsync(CancellationToken ct)
    {
        var deadline = Stopwatch.GetTimestamp() + (60 * Stopwatch.Frequency);
        while ((sends.Any(s => !arrivals.ContainsKey(s.Sequence)) || received.Any(r => Volatile.Read(ref r.Value) < sends.Count))
            && Stopwatch.GetTimestamp() < deadline)
        {
            await Task.Delay(20, ct);
        }

        foreach (var (sequence, sentAt) in sends)
        {
            if (arrivals.TryGetValue(sequence, out var arrived))
            {
                metrics.ScoreToHost.Record(sentAt, Math.Max(arrived, sentAt));
            }
            else
            {
                metrics.Errors.Add("simulator.event_not_received");
            }
        }

        foreach (var count in received.Where(r => Volatile.Read(ref r.Value) < sends.Count))
        {
            metrics.Errors.Add("simulator.relay_not_delivered");
        }

        metrics.SessionFinished();
    }

    public async Task DisposeAsync()
    {
        foreach (var connection in connections)
        {
            await connection.DisposeAsync();
        }
    }

    private async Task<HubConnection> ConnectAsync(bool host, CancellationToken ct)
    {
        var connection = new HubConnection(new HubConnectionOptions { Url = options.HubUrl(host, "/hubs/relay") });
        connections.Add(connection);
        await connection.StartAsync(ct);
        return connection;
    }
}
