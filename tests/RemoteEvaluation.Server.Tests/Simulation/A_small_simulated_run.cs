using Microsoft.Extensions.DependencyInjection;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Grains.Sessions;
using RemoteEvaluation.SessionSimulator;
using RemoteEvaluation.Testing.Stores;

namespace RemoteEvaluation.Server.Tests.Simulation;

/// <summary>The session simulator against the real server: whole sessions through the real client, with the relay beside them.</summary>
public abstract class A_small_simulated_run
{
    /// <summary>The PostgreSQL database to run on, or null for SQLite.</summary>
    protected abstract Task<string?> DatabaseAsync();

    [Fact]
    public async Task two_sessions_of_five_experts_run_from_scheduling_to_close_and_report_non_empty_histograms()
    {
        await using var server = SimulatedServer.Start(SimulatedServer.LoadTestSettings, await DatabaseAsync());
        var options = new SimulatorOptions { Url = server.BaseUrl(), Sessions = 2, Experts = 5, Bids = 3, Relay = true, Prefix = "t" }.Validated();

        var results = await Simulator.RunSessionsAsync(options, TextWriter.Null, TestContext.Current.CancellationToken);

        var sessions = results.Single(r => r.Label == "sessions");
        Assert.Empty(sessions.Failures);
        Assert.Equal(2, sessions.SessionsFinished);
        // 2 sessions × 5 experts × 3 bids × 2 parts: every score sheet sent was timed to the host connection.
        Assert.Equal(60, sessions.ScoreToHost.Count);
        Assert.True(sessions.ScoreToHost.P99 > 0, "score-to-host latencies are measured");
        Assert.True(sessions.CommandRoundTrip.Count > 60, "every command is timed, not only the score sheets");
        foreach (var id in new[] { "t-sessions-0001", "t-sessions-0002" })
        {
            var snapshot = await server.Services.GetRequiredService<IGrainFactory>().GetGrain<ISessionGrain>(id).GetSnapshotAsync();
            Assert.Equal(SessionPhase.Closed, snapshot.State.Phase);
        }
    }

    [Fact]
    public async Task the_bare_relay_carries_the_same_number_of_score_messages_to_the_same_connections_in_the_same_run()
    {
        await using var server = SimulatedServer.Start(SimulatedServer.LoadTestSettings, await DatabaseAsync());
        var options = new SimulatorOptions { Url = server.BaseUrl(), Sessions = 2, Experts = 5, Bids = 3, Relay = true, Prefix = "r" }.Validated();

        var results = await Simulator.RunSessionsAsync(options, TextWriter.Null, TestContext.Current.CancellationToken);

        Assert.Equal(["relay", "relay-host", "sessions"], results.Select(r => r.Label));
        var (relay, sessions) = (results[0], results[2]);
        Assert.Equal((2, sessions.Connections, sessions.ScoreToHost.Count), (relay.SessionsFinished, relay.Connections, relay.ScoreToHost.Count));
        // Every connection of the session got every message: a missed one is counted as simulator.relay_not_delivered.
        Assert.Empty(relay.Errors);
    }

    [Fact]
    public async Task the_relay_to_the_host_only_is_still_measured_beside_it_for_comparison_with_earlier_reports()
    {
        await using var server = SimulatedServer.Start(SimulatedServer.LoadTestSettings, await DatabaseAsync());
        var options = new SimulatorOptions { Url = server.BaseUrl(), Sessions = 1, Experts = 5, Bids = 3, Relay = true, Prefix = "h" }.Validated();

        var results = await Simulator.RunSessionsAsync(options, TextWriter.Null, TestContext.Current.CancellationToken);

        var host = results.Single(r => r.Label == "relay-host");
        Assert.Equal((1, 1 + 5, 30), (host.SessionsFinished, host.Connections, host.ScoreToHost.Count));
        Assert.Empty(host.Errors);
    }

    [Fact]
    public async Task the_memory_mode_reads_the_node_before_and_after_idle_connections_and_with_active_sessions()
    {
        await using var server = SimulatedServer.Start(SimulatedServer.LoadTestSettings, await DatabaseAsync());
        var options = new SimulatorOptions { Url = server.BaseUrl(), Mode = SimulatorMode.Memory, Connections = 20, Sessions = 1, Experts = 5, Prefix = "m" }.Validated();

        var memory = await MemoryRun.RunAsync(options, TextWriter.Null, TestContext.Current.CancellationToken);

        Assert.Equal((20, 1), (memory.Connections, memory.Sessions.SessionsFinished));
        Assert.All([memory.Before, memory.AfterConnections, memory.AfterSessions], reading => Assert.True(reading.GcHeapBytes > 0 && reading.WorkingSetBytes > 0));
        Assert.True(double.IsFinite(memory.GcHeapPerConnection) && double.IsFinite(memory.GcHeapPerSession));
    }

    [Fact]
    public async Task the_ramp_stops_when_a_rate_is_over_the_limit_twice_running_and_the_sessions_still_finish()
    {
        await using var server = SimulatedServer.Start(SimulatedServer.LoadTestSettings, await DatabaseAsync());
        // A limit of 0 ms: every step is over it, so the first rate is measured again and the ramp stops, with nothing sustained.
        var options = new SimulatorOptions { Url = server.BaseUrl(), Mode = SimulatorMode.Ramp, Sessions = 1, Experts = 5, Duration = TimeSpan.FromSeconds(1), RampStart = 5, RampLimitMilliseconds = 0, Prefix = "p" }.Validated();

        var ramp = await RampRun.RunAsync(options, TextWriter.Null, TestContext.Current.CancellationToken);

        Assert.Equal([5.0, 5.0], ramp.Steps.Select(s => s.OfferedPerSecond));
        Assert.All(ramp.Steps, step => Assert.Equal(5, step.Answered));
        Assert.Equal(0, ramp.SustainedPerSecond);
        Assert.Equal(1, ramp.Sessions.SessionsFinished);
    }
}

public sealed class A_small_simulated_run_on_SQLite : A_small_simulated_run
{
    protected override Task<string?> DatabaseAsync() => Task.FromResult<string?>(null);
}

public sealed class A_small_simulated_run_on_PostgreSQL : A_small_simulated_run
{
    protected override async Task<string?> DatabaseAsync() => await PostgreSqlTestDatabase.CreateEmptyAsync();
}
