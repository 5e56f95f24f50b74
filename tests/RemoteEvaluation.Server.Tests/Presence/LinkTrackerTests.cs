using RemoteEvaluation.Server.Presence;

namespace RemoteEvaluation.Server.Tests.Presence;

/// <summary>The node's link bookkeeping with the time passed in: probes, answers, silence.</summary>
public sealed class LinkTrackerTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan After = TimeSpan.FromSeconds(30);
    private readonly LinkTracker tracker = new();

    [Fact]
    public void only_the_latest_probe_of_a_connection_is_timed()
    {
        tracker.Track("c-1", "s-1", "NB", "HZ", recordedSilent: false, T0);
        var first = Assert.Single(tracker.Probe(T0)).Probe;
        var second = Assert.Single(tracker.Probe(T0.AddSeconds(5))).Probe;

        Assert.Null(tracker.Answer("c-1", first.Sequence, T0.AddSeconds(6)));
        var heard = tracker.Answer("c-1", second.Sequence, T0.AddSeconds(5.25))!;

        Assert.Equal(250d, heard.Update.RoundTripMilliseconds);
        Assert.Equal(("s-1", "NB", "HZ"), (heard.Update.SessionId, heard.Update.SiteId, heard.HostSiteId));
    }

    [Fact]
    public void a_round_in_slices_probes_every_centre_once_and_not_all_at_once()
    {
        var centres = Enumerable.Range(1, 40).Select(i => (Session: $"s-{i % 4}", Site: $"site-{i}")).ToList();
        centres.ForEach(c => tracker.Track($"c-{c.Site}", c.Session, c.Site, "HZ", recordedSilent: false, T0));

        var slices = Enumerable.Range(0, LinkMonitor.Slices).Select(k => tracker.Probe(T0, k, LinkMonitor.Slices)).ToList();

        Assert.Equal(centres.Select(c => $"c-{c.Site}").Order(), slices.SelectMany(s => s.Select(p => p.ConnectionId)).Order());
        Assert.All(slices, s => Assert.True(s.Count < centres.Count));
    }

    [Fact]
    public void a_round_probes_one_connection_of_a_centre_and_the_next_round_the_next()
    {
        var ids = Enumerable.Range(1, 3).Select(i => $"c-{i}").ToList();
        ids.ForEach(id => tracker.Track(id, "s-1", "NB", "HZ", recordedSilent: false, T0));

        var rounds = Enumerable.Range(0, 3).Select(r => Assert.Single(tracker.Probe(T0.AddSeconds(5 * r))).ConnectionId).ToList();

        Assert.Equal(ids, rounds.Order());
    }

    [Fact]
    public void a_centre_whose_probed_connection_never_answers_is_heard_through_the_next_before_it_counts_as_silent()
    {
        tracker.Track("c-dead", "s-1", "NB", "HZ", recordedSilent: false, T0);
        tracker.Track("c-live", "s-1", "NB", "HZ", recordedSilent: false, T0);
        var rounds = Enumerable.Range(1, 2).Select(r => Assert.Single(tracker.Probe(T0.AddSeconds(5 * r)))).ToList();
        var live = rounds.Single(p => p.ConnectionId == "c-live").Probe;

        Assert.NotNull(tracker.Answer("c-live", live.Sequence, live.SentAt.AddMilliseconds(80)));
        Assert.Empty(tracker.Silent(live.SentAt + After, After));
    }

    [Fact]
    public void a_connection_that_left_is_no_longer_probed_for_its_centre()
    {
        tracker.Track("c-1", "s-1", "NB", "HZ", recordedSilent: false, T0);
        tracker.Track("c-2", "s-1", "NB", "HZ", recordedSilent: false, T0);

        tracker.Untrack("c-1");

        Assert.All(Enumerable.Range(0, 3), r => Assert.Equal("c-2", Assert.Single(tracker.Probe(T0.AddSeconds(5 * r))).ConnectionId));
    }

    [Fact]
    public void a_probe_is_answered_once()
    {
        tracker.Track("c-1", "s-1", "NB", "HZ", recordedSilent: false, T0);
        var probe = Assert.Single(tracker.Probe(T0)).Probe;

        Assert.NotNull(tracker.Answer("c-1", probe.Sequence, T0.AddSeconds(1)));
        Assert.Null(tracker.Answer("c-1", probe.Sequence, T0.AddSeconds(2)));
    }

    [Fact]
    public void a_centre_is_silent_once_it_is_unheard_for_longer_than_the_setting_and_is_reported_once()
    {
        tracker.Track("c-1", "s-1", "NB", "HZ", recordedSilent: false, T0);

        Assert.Empty(tracker.Silent(T0 + After, After));
        var silent = Assert.Single(tracker.Silent(T0 + After + TimeSpan.FromSeconds(1), After));
        Assert.Equal(new SiteSilence("s-1", "NB", "HZ", T0, StillConnectedHere: true), silent);
        Assert.Empty(tracker.Silent(T0 + After + TimeSpan.FromMinutes(5), After));
    }

    [Fact]
    public void any_connection_of_a_centre_answering_keeps_the_centre_heard()
    {
        tracker.Track("c-1", "s-1", "NB", "HZ", recordedSilent: false, T0);
        tracker.Track("c-2", "s-1", "NB", "HZ", recordedSilent: false, T0);
        var probes = tracker.Probe(T0.AddSeconds(15)).Concat(tracker.Probe(T0.AddSeconds(20)));
        tracker.Answer("c-2", probes.Single(p => p.ConnectionId == "c-2").Probe.Sequence, T0.AddSeconds(20));

        Assert.Empty(tracker.Silent(T0.AddSeconds(45), After));
    }

    [Fact]
    public void a_centre_whose_connections_all_closed_still_goes_silent_and_is_then_forgotten()
    {
        tracker.Track("c-1", "s-1", "NB", "HZ", recordedSilent: false, T0);
        tracker.Untrack("c-1");

        var silent = Assert.Single(tracker.Silent(T0.AddMinutes(1), After));

        Assert.False(silent.StillConnectedHere);
        Assert.Null(tracker.RoundTripOf("s-1", "NB"));
        Assert.Empty(tracker.Probe(T0.AddMinutes(1)));
    }

    [Fact]
    public void a_centre_another_node_recorded_back_is_not_silent_here_again_before_this_node_could_hear_it()
    {
        tracker.Track("c-1", "s-1", "NB", "HZ", recordedSilent: false, T0);
        Assert.Single(tracker.Silent(T0 + After + TimeSpan.FromSeconds(1), After));

        var back = T0 + After + TimeSpan.FromSeconds(10);
        tracker.Recorded("s-1", "NB", silent: false, back);

        Assert.Empty(tracker.Silent(back + TimeSpan.FromSeconds(1), After));
        Assert.Single(tracker.Silent(back + After + TimeSpan.FromSeconds(1), After));
    }

    [Fact]
    public void an_answer_from_a_centre_recorded_silent_says_so_until_the_log_says_it_is_back()
    {
        tracker.Track("c-1", "s-1", "NB", "HZ", recordedSilent: true, T0);
        var probe = Assert.Single(tracker.Probe(T0)).Probe;

        Assert.True(tracker.Answer("c-1", probe.Sequence, T0.AddSeconds(1))!.WasSilent);
        tracker.Recorded("s-1", "NB", silent: false);
        var next = Assert.Single(tracker.Probe(T0.AddSeconds(5))).Probe;
        Assert.False(tracker.Answer("c-1", next.Sequence, T0.AddSeconds(6))!.WasSilent);
    }
}
