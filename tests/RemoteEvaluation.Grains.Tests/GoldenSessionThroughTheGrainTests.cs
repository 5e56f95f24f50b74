using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Domain.Tests.Infrastructure;
using RemoteEvaluation.Grains.Sessions;

namespace RemoteEvaluation.Grains.Tests;

/// <summary>The golden session (see <see cref="GoldenSession"/>) through SessionGrain on a real store.</summary>
public abstract class GoldenSessionThroughTheGrainTests : GrainTest
{

    protected override FakeTimeProvider NewClock() => new(Specs.Start.AddDays(-2));

    [Fact]
    public async Task the_report_recorded_through_the_grain_matches_the_table_worked_out_by_hand()
    {
        var snapshot = await RunAsync();

        Assert.Equal(SessionPhase.Archived, snapshot.State.Phase);
        var report = snapshot.State.Report!;
        Assert.Equal(GoldenSession.ExpectedTable, report.Scores.Bids.Select(b => (b.BidderId, b.Technical, b.Commercial, b.Price, b.Total)));
        Assert.Equal([("A", (int?)1), ("C", 2), ("B", 3)], report.Ranking.Candidates.Select(c => (c.BidderId, c.Rank)));
    }

    [Fact]
    public async Task the_archive_marker_carries_the_stored_hash_of_the_event_before_it()
    {
        var snapshot = await RunAsync();

        var events = await StoredEventsAsync("session/golden");

        Assert.Equal("session.archived", events[^1].Type);
        Assert.Equal(Convert.ToHexStringLower(events[^2].Hash.Span), snapshot.State.FinalChainHash);
        Assert.True((await Fixture.Store.VerifyAsync("session/golden", TestContext.Current.CancellationToken)).IsIntact);
    }

    [Fact]
    public async Task a_fresh_activation_folds_the_stored_log_to_the_same_state()
    {
        var live = await RunAsync();

        await using var other = new Node(Fixture.Store, Fixture.Time);
        var replayed = await other.Grains.GetGrain<ISessionGrain>("golden").GetSnapshotAsync();

        Assert.Equal(live.Version, replayed.Version);
        // Records holding immutable lists compare lists by reference; compare what they say instead.
        Assert.Equal(JsonSerializer.Serialize(live.State), JsonSerializer.Serialize(replayed.State));
        Assert.Equal(live.State.FinalChainHash, replayed.State.FinalChainHash);
    }

    private async Task<SessionSnapshot> RunAsync()
    {
        await using var node = NewNode();
        var session = node.Grains.GetGrain<ISessionGrain>("golden");
        await Task.Run(() => GoldenSession.Drive(new GrainSessionDriver(session, Fixture.Time)));
        return await session.GetSnapshotAsync();
    }
}

public sealed class GoldenSessionThroughTheGrainTests_on_SQLite : GoldenSessionThroughTheGrainTests
{
    protected override StoreVendor Vendor => StoreVendor.Sqlite;
}

public sealed class GoldenSessionThroughTheGrainTests_on_PostgreSQL : GoldenSessionThroughTheGrainTests
{
    protected override StoreVendor Vendor => StoreVendor.PostgreSql;
}
