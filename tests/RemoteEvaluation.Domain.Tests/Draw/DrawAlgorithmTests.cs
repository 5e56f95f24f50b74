using RemoteEvaluation.Domain.Draw;
using static RemoteEvaluation.Domain.Tests.Draw.DrawScenario;

namespace RemoteEvaluation.Domain.Tests.Draw;

public sealed class DrawAlgorithmTests
{
    [Fact]
    public void the_same_snapshot_request_and_seed_draw_the_same_order()
    {
        var one = Given(Request(), Pool(40));
        var two = Given(Request(), Pool(40).AsEnumerable().Reverse().ToList());

        Assert.Equal(Order(one), Order(two));
        Assert.Equal(one.Rounds[0].Performed.SnapshotHash, two.Rounds[0].Performed.SnapshotHash);
    }

    [Fact]
    public void another_supervisor_value_draws_another_order()
    {
        Assert.NotEqual(Order(Given(Request(), Pool(40), supervisorValue: "4711")), Order(Given(Request(), Pool(40), supervisorValue: "4712")));
    }

    [Fact]
    public void the_snapshot_hash_changes_when_one_candidate_changes()
    {
        var pool = Pool(40);
        var other = Pool(40);
        other[7] = new PoolExpert("e-9999", other[7].Record);

        Assert.NotEqual(Given(Request(), pool).Rounds[0].Performed.SnapshotHash, Given(Request(), other).Rounds[0].Performed.SnapshotHash);
    }

    [Fact]
    public void every_slot_keeps_its_count_plus_the_reserve_in_drawn_order()
    {
        var state = Given(Request(reserve: 3), Pool(40));

        Assert.Equal(8, state.Rounds[0].Performed.Slots[0].Order.Count);
        Assert.Equal(40, state.Rounds[0].Performed.Slots[0].EligibleCount);
    }

    [Fact]
    public void random_remote_centres_are_chosen_among_the_offers_and_reproducibly()
    {
        IReadOnlyList<SeatOffer> offers = [.. Enumerable.Range(0, 8).Select(i => new SeatOffer($"site-{i}", Ningbo, 10))];

        var one = Given(Request(randomSites: 2), Pool(40), offers);
        var two = Given(Request(randomSites: 2), Pool(40), offers);

        Assert.Equal(2, one.RemoteSites.Count);
        Assert.All(one.RemoteSites, s => Assert.Contains(s, offers));
        Assert.Equal(one.RemoteSites, two.RemoteSites);
        var many = Enumerable.Range(0, 30).Select(i => Given(Request(randomSites: 2), Pool(40), offers, $"v{i}").RemoteSites[0].SiteId).Distinct().Count();
        Assert.True(many > 4, $"only {many} different first centres over 30 seeds");
    }

    [Fact]
    public void re_running_a_recorded_draw_reproduces_it_exactly()
    {
        var state = InviteAll(Given(Request(slots: [new DrawSlot("C05", 5), new DrawSlot("C06", 2)]), [.. Pool(30), .. Pool(10, "f", specialty: "C0601")]));
        state = Fold(state, DrawDecider.Decide(state, new RevealSecret(Secret), Now));

        var verification = DrawVerifier.Verify(DrawRecord.From("d-1", state));

        Assert.True(verification.Matches, string.Join("\n", verification.Findings));
    }

    [Fact]
    public void a_tampered_record_does_not_verify()
    {
        var state = Given(Request(), Pool(30));
        state = Fold(state, DrawDecider.Decide(state, new RevealSecret(Secret), Now));
        var record = DrawRecord.From("d-1", state);
        var round = record.Rounds[0];
        var swapped = round.Performed.Slots[0] with { Order = [.. round.Performed.Slots[0].Order.Reverse()] };
        var tampered = record with { Rounds = [round with { Performed = round.Performed with { Slots = [swapped] } }] };

        var verification = DrawVerifier.Verify(tampered);

        Assert.False(verification.Matches);
        Assert.Contains(verification.Findings, f => f.Contains("slot 0", StringComparison.Ordinal));
    }

    [Fact]
    public void a_record_without_the_secret_cannot_be_verified()
    {
        Assert.False(DrawVerifier.Verify(DrawRecord.From("d-1", Given(Request(), Pool(30)))).Matches);
    }

    private static IEnumerable<string> Order(DrawState state) => state.Rounds[0].Performed.Slots[0].Order.Select(o => o.ExpertId);
}
