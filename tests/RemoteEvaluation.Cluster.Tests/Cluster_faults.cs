using RemoteEvaluation.Client;
using RemoteEvaluation.Contracts;
using RemoteEvaluation.Domain.Reports;
using RemoteEvaluation.Domain.Scoring;
using RemoteEvaluation.Domain.Tests.Infrastructure;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Server.Tests.Hubs;

namespace RemoteEvaluation.Cluster.Tests;

/// <summary>
/// Faults on the cluster of <c>ops/cluster.sh</c> — two server processes behind nginx (round-robin, no sticky sessions)
/// on one PostgreSQL — with participants on the real .NET client: a node killed with SIGKILL in the middle of scoring,
/// PostgreSQL going away in the middle of a session, and a remote centre whose link stops answering heartbeats.
/// </summary>
public sealed class Cluster_faults(ClusterScript cluster) : IClassFixture<ClusterScript>
{
    [Fact]
    public async Task a_node_killed_in_the_middle_of_scoring_loses_no_acknowledged_command_and_the_session_finishes()
    {
        const string sessionId = "cluster-kill";
        await using var setup = await SetUpAsync(sessionId);
        await using var people = await Everyone.ConnectAsync(cluster, sessionId);
        var scoring = people.Members.Select(m => ScoreEverySheetAsync(m, sessionId)).ToArray();
        await Patience.Until(() => people.Members.Sum(m => m.Acknowledged.Count) >= 20, "a third of the sheets acknowledged");

        await cluster.KillNodeAsync(1);
        try
        {
            await Task.WhenAll(scoring).Within();
            await people.Host.SendAsync("StartSummary", sessionId, "summary");
            await people.Member("e1").SendAsync("AcceptSummary", sessionId, "accept-summary");
            await Task.WhenAll(people.Members.Select(m => m.SendAsync("SignReport", sessionId, $"sign-{m.Who}", ReportStance.Agree, null)));
            var closed = await people.Host.SendAsync("CloseSession", sessionId, "close");

            await Patience.Until(() => people.All.All(p => p.Applied >= closed.Version), "every client applied the close");
            Assert.True(people.All.Sum(p => p.Reconnects) > 0, "nobody was on the killed node: nginx did not balance");
            var log = await setup.LogAsync(sessionId);
            Assert.Equal("session.closed", log[^1].Type);
            AssertEachPresentInExactlyOneAppend(log, people.All.SelectMany(p => p.Acknowledged));
            Assert.True((await setup.Store.VerifyAsync($"session/{sessionId}", Patience.Cancel)).IsIntact);
        }
        finally
        {
            await cluster.StartNodeAsync(1);
        }
    }

    [Fact]
    public async Task commands_while_postgresql_is_down_are_refused_as_retriable_and_land_once_when_it_is_back()
    {
        const string sessionId = "cluster-postgres";
        await using var setup = await SetUpAsync(sessionId);
        await using var people = await Everyone.ConnectAsync(cluster, sessionId);
        await Task.WhenAll(people.Members.Select(m => SubmitAsync(m, sessionId, "bidder-alpha", "before")));

        await cluster.StopPostgresAsync();
        List<Task<CommandAck>> inTheGap;
        try
        {
            inTheGap = [.. people.Members.Select(m => SubmitAsync(m, sessionId, "bidder-beta", "gap"))];
            await Patience.Until(() => people.Members.All(m => m.Retried.Contains(StoreRejections.Unavailable)), "every command in the gap refused as store.unavailable");
        }
        finally
        {
            await cluster.StartPostgresAsync();
        }

        await Task.WhenAll(inTheGap).Within();
        await Task.WhenAll(people.Members.Select(m => SubmitAsync(m, sessionId, "bidder-gamma", "after")));
        var log = await setup.LogAsync(sessionId);
        AssertEachPresentInExactlyOneAppend(log, people.All.SelectMany(p => p.Acknowledged));
        Assert.All(people.Members, m => Assert.Equal(3, m.Acknowledged.Count));
        Assert.DoesNotContain(people.All.SelectMany(p => p.Retried), code => code == HubError.UnstructuredCode);
        Assert.True((await setup.Store.VerifyAsync($"session/{sessionId}", Patience.Cancel)).IsIntact);
    }

    [Fact]
    public async Task a_remote_centre_silent_past_the_silence_setting_raises_the_alert_suspends_and_then_resumes_cleanly()
    {
        const string sessionId = "cluster-link";
        await using var setup = await SetUpAsync(sessionId);
        await using var people = await Everyone.ConnectAsync(cluster, sessionId, withStaff: true);
        var wenzhou = people.All.Where(p => p.Who is "e4" or "staff.wz").ToList();

        wenzhou.ForEach(p => p.LinkCut = true);
        await Patience.Until(() => people.Host.Alerts.Any(a => a is { Code: "site.silent", SiteId: LiveSession.WenzhouSite }), "the silence alert at the host");
        await Patience.Until(async () => (await setup.LogAsync(sessionId)).Any(e => e.Type == "session.suspended"), "the automatic suspension");
        wenzhou.ForEach(p => p.LinkCut = false);
        await Patience.Until(() => people.Host.Alerts.Any(a => a is { Code: "site.back", SiteId: LiveSession.WenzhouSite }), "the back alert at the host");
        await people.Host.SendAsync("ResumeSession", sessionId, "resume-after-link");
        var scored = await SubmitAsync(people.Member("e4"), sessionId, "bidder-alpha", "after-link");

        var log = await setup.LogAsync(sessionId);
        Assert.Equal("scoring.sheet_submitted", log.Single(e => e.Version == scored.Version).Type);
        Assert.Single(log, e => e.Type == "session.suspended");
        Assert.Single(log, e => e.Type == "session.resumed");
        var silences = log.Where(e => e.Type == "presence.site_silent").Select(e => System.Text.Encoding.UTF8.GetString(e.Data.Span));
        Assert.Single(silences, data => data.Contains(LiveSession.WenzhouSite, StringComparison.Ordinal));
        Assert.True((await setup.Store.VerifyAsync($"session/{sessionId}", Patience.Cancel)).IsIntact);
    }

    private async Task<SetupNode> SetUpAsync(string sessionId)
    {
        Assert.SkipWhen(cluster.SkipReason is not null, cluster.SkipReason ?? string.Empty);
        return await SetupNode.ScoringAsync(cluster.Postgres, sessionId);
    }

    /// <summary>Every sheet of one member, technical first: submitted and signed, one command after another.</summary>
    private static async Task ScoreEverySheetAsync(Participant member, string sessionId)
    {
        foreach (var part in new[] { PartKind.Technical, PartKind.Commercial })
        {
            foreach (var bid in LiveSession.Bids)
            {
                await member.SendAsync("SubmitScoreSheet", sessionId, $"sheet-{member.Who}-{bid.BidderId}-{part}", member.Who, bid.BidderId, part, Specs.Sheet(part, 8));
                await member.SendAsync("SignScoreSheet", sessionId, $"sign-{member.Who}-{bid.BidderId}-{part}", member.Who, bid.BidderId, part);
            }
        }
    }

    private static Task<CommandAck> SubmitAsync(Participant member, string sessionId, string bidderId, string tag) =>
        member.SendAsync("SubmitScoreSheet", sessionId, $"{tag}-{member.Who}-{bidderId}", member.Who, bidderId, PartKind.Technical, Specs.Sheet(PartKind.Technical, 7));

    /// <summary>Each command id is in the log, in one append only (its events are consecutive versions): none lost, none doubled.</summary>
    private static void AssertEachPresentInExactlyOneAppend(IReadOnlyList<StoredEvent> log, IEnumerable<string> acknowledged)
    {
        var versions = log.Where(e => e.CommandId is not null).GroupBy(e => e.CommandId!).ToDictionary(g => g.Key, g => g.Select(e => e.Version).ToList());
        foreach (var commandId in acknowledged)
        {
            Assert.True(versions.TryGetValue(commandId, out var at), $"acknowledged {commandId} is not in the log");
            Assert.True(at[^1] - at[0] + 1 == at.Count, $"{commandId} is in more than one append: versions {string.Join(", ", at)}");
        }
    }
}
