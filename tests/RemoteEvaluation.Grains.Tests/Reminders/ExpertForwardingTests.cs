using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using RemoteEvaluation.Domain.Experts;
using RemoteEvaluation.Domain.Tests.Infrastructure;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Grains.Experts;
using RemoteEvaluation.Grains.Sessions;

namespace RemoteEvaluation.Grains.Tests.Reminders;

/// <summary>
/// After the golden session (experts x1…x7, x6 late with a staff remark) settles its fees and records conduct, the
/// process manager forwards each expert's fee and conduct facts to that expert's record, once.
/// </summary>
public abstract class ExpertForwardingTests : GrainTest
{
    private static readonly string[] Experts = ["x1", "x2", "x3", "x4", "x5", "x6", "x7"];

    protected override FakeTimeProvider NewClock() => new(Specs.Start.AddDays(-2));

    [Fact]
    public async Task each_experts_record_gets_the_fee_and_the_conduct_facts_the_session_recorded()
    {
        var node = await NewNodeWithRemindersAsync();
        await RegisterExpertsAsync(node);

        var session = await RunGoldenSessionAsync(node);

        await Patience.UntilAsync(() => ForwardedToAllAsync(node), "every expert's record to get its fee and conduct");
        var fees = session.State.Fees!.ToDictionary(f => f.PersonId);
        foreach (var id in Experts)
        {
            var record = (await node.Grains.GetGrain<IExpertGrain>(id).GetSnapshotAsync()).State;
            var fee = Assert.Single(record.Fees);
            Assert.Equal(("golden", fees[id].Amount), (fee.SessionId, fee.Amount));
            Assert.Equal("golden", Assert.Single(record.Conduct).SessionId);
        }

        var late = Assert.Single((await node.Grains.GetGrain<IExpertGrain>("x6").GetSnapshotAsync()).State.Conduct);
        Assert.Equal(["Arrived late: train delayed"], late.Remarks);
    }

    [Fact]
    public async Task two_nodes_forwarding_the_same_session_record_each_fee_and_conduct_once()
    {
        var a = await NewNodeWithRemindersAsync();
        var b = await NewNodeWithRemindersAsync();
        await RegisterExpertsAsync(a);

        await RunGoldenSessionAsync(a);

        await Patience.UntilAsync(() => ForwardedToAllAsync(a), "every expert's record to get its fee and conduct");
        await b.Reminders.CatchUpAsync(TestContext.Current.CancellationToken); // b now owes the same forwards and sends them too
        await Patience.UntilAsync(() => a.Reminders.IsIdle && b.Reminders.IsIdle && a.Reminders.Pending.Count == 0 && b.Reminders.Pending.Count == 0, "both nodes to finish forwarding");
        foreach (var id in Experts)
        {
            var types = await TypesAsync($"expert/{id}");
            Assert.Equal(1, types.Count(t => t == "expert.fee_settled"));
            Assert.Equal(1, types.Count(t => t == "expert.conduct_recorded"));
        }
    }

    [Fact]
    public async Task a_node_started_after_the_close_forwards_from_the_log_and_a_restart_records_nothing_twice()
    {
        var first = NewNode();
        await RegisterExpertsAsync(first);
        await RunGoldenSessionAsync(first);

        var started = await NewNodeWithRemindersAsync();
        await Patience.UntilAsync(() => ForwardedToAllAsync(started), "the node started later to forward from the log");
        await Patience.UntilAsync(() => started.Reminders.IsIdle, "the first node to finish");
        var restarted = await NewNodeWithRemindersAsync();
        await restarted.Reminders.CatchUpAsync(TestContext.Current.CancellationToken);
        await Patience.UntilAsync(() => restarted.Reminders.IsIdle && restarted.Reminders.Pending.Count == 0, "the restarted node to send its forwards again");

        foreach (var id in Experts)
        {
            Assert.Equal(1, (await TypesAsync($"expert/{id}")).Count(t => t == "expert.fee_settled"));
        }
    }

    [Fact]
    public async Task a_forward_to_an_expert_missing_from_the_pool_is_given_up_not_retried()
    {
        var node = await NewNodeWithRemindersAsync();

        await RunGoldenSessionAsync(node); // nobody registered x1…x7 in the pool

        await node.Reminders.CatchUpAsync(TestContext.Current.CancellationToken);
        await Patience.UntilAsync(() => node.Reminders.IsIdle && node.Reminders.Pending.Count == 0, "the forwards to be refused and dropped");
        Assert.Empty(await TypesAsync("expert/x1"));
    }

    private static async Task<bool> ForwardedToAllAsync(Node node)
    {
        foreach (var id in Experts)
        {
            var state = (await node.Grains.GetGrain<IExpertGrain>(id).GetSnapshotAsync()).State;
            if (state.Fees.IsEmpty || state.Conduct.IsEmpty)
            {
                return false;
            }
        }

        return true;
    }

    private async Task<SessionSnapshot> RunGoldenSessionAsync(Node node)
    {
        var session = node.Grains.GetGrain<ISessionGrain>("golden");
        await Task.Run(() => GoldenSession.Drive(new GrainSessionDriver(session, Fixture.Time)), TestContext.Current.CancellationToken);
        return await session.GetSnapshotAsync();
    }

    private static async Task RegisterExpertsAsync(Node node)
    {
        for (var i = 0; i < Experts.Length; i++)
        {
            var number = IdNumber.WithCheckCharacter("330106" + "19700101" + (i + 100).ToString("D3", CultureInfo.InvariantCulture));
            var result = await node.Grains.GetGrain<IExpertGrain>(Experts[i]).ExecuteAsync(
                new RegisterExpert($"专家{i}", number, new DateOnly(1970, 1, 1), "13800000000", RegionCode.Parse("330106"), ["C0501"], Qualification.Senior, [], []),
                new CommandContext($"register-{Experts[i]}"));
            Assert.True(result.Accepted, result.Rejection?.ToString());
        }
    }

    private async Task<List<string>> TypesAsync(string streamId) => [.. (await StoredEventsAsync(streamId)).Select(e => e.Type)];
}

public sealed class ExpertForwardingTests_on_SQLite : ExpertForwardingTests
{
    protected override StoreVendor Vendor => StoreVendor.Sqlite;
}

public sealed class ExpertForwardingTests_on_PostgreSQL : ExpertForwardingTests
{
    protected override StoreVendor Vendor => StoreVendor.PostgreSql;
}
