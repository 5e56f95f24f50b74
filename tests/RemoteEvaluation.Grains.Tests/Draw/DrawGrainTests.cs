using NSubstitute;
using RemoteEvaluation.Domain.Draw;
using RemoteEvaluation.Grains.Draw;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Grains.Experts;
using RemoteEvaluation.Grains.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace RemoteEvaluation.Grains.Tests.Draw;

public abstract class DrawGrainTests : GrainTest
{
    private readonly List<InvitationNotice> notices = [];
    private readonly INotificationGateway gateway = Substitute.For<INotificationGateway>();
    private Node node = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        gateway.NotifyAsync(Arg.Do<InvitationNotice>(n => { lock (notices) { notices.Add(n); } }), Arg.Any<CancellationToken>()).Returns(NotificationOutcome.Ok);
        node = NewNode(services: s => s.AddSingleton(gateway));
        await DrawWorld.CentresAsync(node.Grains);
        await DrawWorld.ExpertsAsync(node.Grains, 12, "330203", "nb");
        await DrawWorld.ExpertsAsync(node.Grains, 12, "330302", "wz");
        await DrawWorld.ExpertsAsync(node.Grains, 6, "330106", "hz");
    }

    [Fact]
    public async Task a_draw_invites_the_first_drawn_experts_at_linked_centres_without_the_project_city()
    {
        var draw = await DrawWorld.DrawnAsync(node.Grains, Fixture.Time.GetUtcNow());

        var snapshot = await draw.GetSnapshotAsync();
        Assert.Equal(5, notices.Count);
        Assert.Equal(snapshot.State.Rounds[0].Performed.Slots[0].Order.Take(5).Select(o => o.ExpertId), notices.Select(n => n.ExpertId));
        Assert.DoesNotContain(notices, n => n.ExpertId.StartsWith("hz", StringComparison.Ordinal));
        Assert.All(notices, n => Assert.Contains(n.SiteId, new[] { "site-nb", "site-wz" }));
        Assert.Equal(24, snapshot.State.Rounds[0].Performed.Slots[0].EligibleCount);
    }

    [Fact]
    public async Task a_declined_invitation_moves_to_the_next_candidate()
    {
        var draw = await DrawWorld.DrawnAsync(node.Grains, Fixture.Time.GetUtcNow());
        var order = (await draw.GetSnapshotAsync()).State.Rounds[0].Performed.Slots[0].Order;

        var result = await draw.DeclineAsync(notices[0].Token, "出差", new CommandContext("decline-1"));

        Assert.True(result.Accepted, result.Rejection?.ToString());
        Assert.Equal(order[5].ExpertId, notices[^1].ExpertId);
        Assert.Equal(6, notices.Count);
    }

    [Fact]
    public async Task each_invitation_holds_a_seat_at_its_centre_and_an_ended_one_releases_it()
    {
        var draw = await DrawWorld.DrawnAsync(node.Grains, Fixture.Time.GetUtcNow());
        var from = Fixture.Time.GetUtcNow().AddDays(7);

        Assert.Equal(5, await HeldSeatsAsync(from));
        await draw.DeclineAsync(notices[0].Token, "出差", new CommandContext("decline-1"));

        Assert.Equal(5, await HeldSeatsAsync(from));
        var site = await node.Grains.GetGrain<Sites.ISiteGrain>(notices[0].SiteId).GetSnapshotAsync();
        Assert.True(site.State.Bookings[$"d-1:{notices[0].ExpertId}"].Cancelled);
    }

    [Fact]
    public async Task a_seat_taken_meanwhile_passes_the_candidate_over_with_the_reason()
    {
        var from = Fixture.Time.GetUtcNow().AddDays(7);
        var draw = node.Grains.GetGrain<IDrawGrain>("d-1");
        await draw.RequestAsync(DrawWorld.Request(Fixture.Time.GetUtcNow()), DrawSecret.CommitmentOf(DrawWorld.Secret), new CommandContext("request"));
        await draw.PerformAsync(DrawWorld.Secret, "4711", new CommandContext("perform"));
        var order = (await draw.GetSnapshotAsync()).State.Rounds[0].Performed.Slots[0].Order;
        var next = order[5];
        var nextSite = next.ExpertId.StartsWith("nb", StringComparison.Ordinal) ? "site-nb" : "site-wz";
        var free = (await node.Grains.GetGrain<Sites.ISiteGrain>(nextSite).GetSnapshotAsync()).State.FreeSeats(from, from.AddHours(6));
        await node.Grains.GetGrain<Sites.ISiteGrain>(nextSite).ExecuteAsync(
            new Domain.Sites.BookSeats("other-session", "s-9", "site-hz", from, from.AddHours(6), free), new CommandContext("other"));

        await draw.DeclineAsync(notices[0].Token, "出差", new CommandContext("decline-1"));

        var state = (await draw.GetSnapshotAsync()).State;
        var skipped = state.Invitations.Single(i => i.ExpertId == next.ExpertId);
        Assert.Equal(InvitationStatus.Skipped, skipped.Status);
        Assert.StartsWith("site.no_free_seats", skipped.Reason, StringComparison.Ordinal);
        Assert.Equal(5, state.Invitations.Count(i => i.Status == InvitationStatus.Pending));
    }

    [Fact]
    public async Task a_confirmation_goes_onto_the_experts_record_so_later_draws_avoid_the_clash()
    {
        var draw = await DrawWorld.DrawnAsync(node.Grains, Fixture.Time.GetUtcNow());

        var result = await draw.ConfirmAsync(notices[0].Token, new CommandContext("confirm-1"));

        Assert.True(result.Accepted, result.Rejection?.ToString());
        var expert = await node.Grains.GetGrain<IExpertGrain>(notices[0].ExpertId).GetSnapshotAsync();
        Assert.Equal("s-1", Assert.Single(expert.State.Assignments).SessionId);
        var pool = await node.Services.GetRequiredService<IExpertPool>().HomePoolAsync("330000", ["C05"], TestContext.Current.CancellationToken);
        Assert.Single(pool.Single(e => e.ExpertId == notices[0].ExpertId).Record.Assignments);
    }

    [Fact]
    public async Task unanswered_invitations_expire_and_the_next_candidates_are_invited()
    {
        var draw = await DrawWorld.DrawnAsync(node.Grains, Fixture.Time.GetUtcNow());
        Fixture.Time.Advance(TimeSpan.FromMinutes(31));

        await draw.ExpireAsync(new CommandContext("expire-1"));

        var state = (await draw.GetSnapshotAsync()).State;
        Assert.Equal(5, state.Invitations.Count(i => i.Status == InvitationStatus.Expired));
        Assert.Equal(5, state.Invitations.Count(i => i.Status == InvitationStatus.Pending));
        Assert.Equal(10, notices.Count);
    }

    [Fact]
    public async Task two_nodes_expiring_at_once_send_each_next_candidate_one_notice_whose_token_was_recorded()
    {
        var draw = await DrawWorld.DrawnAsync(node.Grains, Fixture.Time.GetUtcNow());
        await using var other = new Node(Fixture.Store, Fixture.Time, services: s => s.AddSingleton(gateway));
        await other.Grains.GetGrain<IDrawGrain>("d-1").GetSnapshotAsync(); // the other node holds the draw as it was
        Fixture.Time.Advance(TimeSpan.FromMinutes(31));

        await Task.WhenAll(
            draw.ExpireAsync(new CommandContext("expire-1")),
            other.Grains.GetGrain<IDrawGrain>("d-1").ExpireAsync(new CommandContext("expire-1")));

        var state = (await draw.GetSnapshotAsync()).State;
        var second = Snapshot(notices).Skip(5).ToList();
        Assert.Equal(5, second.Count);
        Assert.Equal(second.Select(n => n.ExpertId).Distinct(), second.Select(n => n.ExpertId));
        Assert.All(second, n => Assert.Equal(DrawSecret.CommitmentOf(n.Token), state.Invitations.Single(i => i.ExpertId == n.ExpertId).TokenHash));
    }

    [Fact]
    public async Task a_revealed_draw_exported_from_the_log_re_runs_to_the_same_result_on_another_node()
    {
        var draw = await DrawWorld.DrawnAsync(node.Grains, Fixture.Time.GetUtcNow());
        await draw.ConfirmAsync(notices[0].Token, new CommandContext("confirm-1"));
        await draw.RevealAsync(DrawWorld.Secret, new CommandContext("reveal"));

        await using var other = new Node(Fixture.Store, Fixture.Time, services: s => s.AddSingleton(gateway));
        var record = await other.Grains.GetGrain<IDrawGrain>("d-1").ExportAsync();

        Assert.Equal(DrawWorld.Secret, record.Secret);
        Assert.True(DrawVerifier.Verify(record).Matches);
        Assert.True(DrawVerifier.Verify(DrawRecordJson.Deserialize(DrawRecordJson.Serialize(record))).Matches); // the file `re draw verify` reads
    }

    [Fact]
    public async Task a_wrong_secret_draws_nothing_and_notifies_nobody()
    {
        var draw = node.Grains.GetGrain<IDrawGrain>("d-1");
        await draw.RequestAsync(DrawWorld.Request(Fixture.Time.GetUtcNow()), DrawSecret.CommitmentOf(DrawWorld.Secret), new CommandContext("request"));

        var result = await draw.PerformAsync("ffffffffffffffffffffffffffffffff", "4711", new CommandContext("perform"));

        Assert.Equal(DrawRejections.SecretMismatch, result.Rejection?.Code);
        Assert.Empty(notices);
    }

    private async Task<int> HeldSeatsAsync(DateTimeOffset from)
    {
        var held = 0;
        foreach (var id in new[] { "site-nb", "site-wz" })
        {
            var site = await node.Grains.GetGrain<Sites.ISiteGrain>(id).GetSnapshotAsync();
            held += site.State.Bookings.Values.Where(b => !b.Cancelled && b.SessionId == "s-1" && b.From == from).Sum(b => b.Seats);
        }

        return held;
    }

    private static List<InvitationNotice> Snapshot(List<InvitationNotice> list)
    {
        lock (list)
        {
            return [.. list];
        }
    }
}

public sealed class DrawGrainTests_on_SQLite : DrawGrainTests
{
    protected override StoreVendor Vendor => StoreVendor.Sqlite;
}

public sealed class DrawGrainTests_on_PostgreSQL : DrawGrainTests
{
    protected override StoreVendor Vendor => StoreVendor.PostgreSql;
}
