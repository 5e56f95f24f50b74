using RemoteEvaluation.Domain.Sites;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Grains.Sites;

namespace RemoteEvaluation.Grains.Tests.Draw;

public abstract class SeatBookingTests : GrainTest
{

    [Fact]
    public async Task concurrent_bookings_from_many_tasks_never_exceed_the_seats()
    {
        await using var node = NewNode();
        await DrawWorld.CentresAsync(node.Grains, seatsPerRemote: 10);
        var from = Fixture.Time.GetUtcNow().AddDays(3);

        var results = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => Task.Run(() =>
            node.Grains.GetGrain<ISiteGrain>("site-nb").ExecuteAsync(new BookSeats($"b-{i}", $"s-{i}", "site-hz", from, from.AddHours(4), 3), new CommandContext($"book-{i}")))));

        Assert.Equal(3, results.Count(r => r.Accepted));
        Assert.All(results.Where(r => !r.Accepted), r => Assert.Equal(SiteRejections.NoFreeSeats, r.Rejection?.Code));
        Assert.Equal(1, (await node.Grains.GetGrain<ISiteGrain>("site-nb").GetSnapshotAsync()).State.FreeSeats(from, from.AddHours(4)));
    }

    [Fact]
    public async Task concurrent_bookings_from_two_nodes_over_one_database_never_exceed_the_seats()
    {
        await using var one = new Node(Fixture.Store, Fixture.Time);
        await using var two = new Node(Fixture.Store, Fixture.Time);
        await DrawWorld.CentresAsync(one.Grains, seatsPerRemote: 10);
        var from = Fixture.Time.GetUtcNow().AddDays(3);

        var results = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() =>
            (i % 2 == 0 ? one : two).Grains.GetGrain<ISiteGrain>("site-nb")
                .ExecuteAsync(new BookSeats($"b-{i}", $"s-{i}", "site-hz", from, from.AddHours(4), 2), new CommandContext($"book-{i}")))));

        var accepted = results.Count(r => r.Accepted);
        Assert.InRange(accepted, 1, 5);
        Assert.DoesNotContain(results, r => r.Rejection?.Code is { } code && code != SiteRejections.NoFreeSeats && code != GrainRejections.Contended);
        if (!results.Any(r => r.Rejection?.Code == GrainRejections.Contended))
        {
            Assert.Equal(5, accepted);
        }

        var booked = 0;
        await foreach (var e in Fixture.Store.ReadStreamAsync("site/site-nb", cancellationToken: TestContext.Current.CancellationToken))
        {
            booked += e.Type == "site.seats_booked" ? 2 : 0;
        }

        Assert.Equal(accepted * 2, booked);
        Assert.True((await Fixture.Store.VerifyAsync("site/site-nb", TestContext.Current.CancellationToken)).IsIntact);
    }
}

public sealed class SeatBookingTests_on_SQLite : SeatBookingTests
{
    protected override StoreVendor Vendor => StoreVendor.Sqlite;
}

public sealed class SeatBookingTests_on_PostgreSQL : SeatBookingTests
{
    protected override StoreVendor Vendor => StoreVendor.PostgreSql;
}
