using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using RemoteEvaluation.Domain.Committee;
using RemoteEvaluation.Domain.Reports;
using RemoteEvaluation.Domain.Scoring;

namespace RemoteEvaluation.SessionSimulator;

/// <summary>
/// One whole session (一场评标会) as the people in it would run it through the client: host staff schedule it, the
/// committee is seated, centre staff issue check-in codes and check the experts in, experts redeem their codes, join,
/// declare, elect a chair, review, score and sign every bid, the chair concludes and accepts the summary, everyone
/// signs the report and the host closes. Scoring starts for all sessions together (the scoring gate).
/// </summary>
internal sealed class SessionBot(SimulatorOptions options, ServerApi api, StaffTokens staff, RunMetrics metrics, string sessionId) : ISessionLoad
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);
    private readonly List<Participant> connections = [];
    private readonly List<(long Version, long SentAt)> scoreSends = [];

    public Participant? Host { get; private set; }

    public IReadOnlyList<(CommitteeMember Member, Participant Connection)> Experts { get; private set; } = [];

    /// <summary>Schedules the session and brings it to open scoring: everyone checked in, joined, the review passed.</summary>
    public async Task PrepareAsync(CancellationToken ct)
    {
        var hub = options.HubUrl(host: true, "/hubs/evaluation");
        Host = await ConnectAsync(hub, staff.HostToken, "host", ct);
        var centres = DemoCentres.All.Take(options.Centres).Select(c => c.SiteId).ToArray();
        await Host.CommandAsync("ScheduleSession", [$"SIM-{sessionId}", $"Simulated tender {sessionId}", DemoCentres.HostSite, DateTimeOffset.UtcNow.AddHours(1), 5_000_000m, null], ct);
        foreach (var remote in centres.Skip(1))
        {
            await Host.CommandAsync("LinkRemoteSite", [remote], ct);
        }

        await Host.CommandAsync("AdoptCriteria", [SimulatedTender.Criteria], ct);
        await Host.CommandAsync("RegisterBids", [SimulatedTender.Bids(options.Bids)], ct);
        await Host.JoinAsync(ct);

        ImmutableList<CommitteeMember> members = [.. Enumerable.Range(1, options.Experts).Select(i => new CommitteeMember($"x{i}", MemberKind.Expert, centres[(i - 1) % centres.Length], "pool-zj"))];
        await api.SeatCommitteeAsync(staff.HostToken, sessionId, members, ct);

        // Each remote centre's staff work on their own connection, as they sit in their own room.
        Dictionary<string, Participant> desks = new() { [DemoCentres.HostSite] = Host };
        foreach (var remote in centres.Skip(1))
        {
            desks[remote] = await ConnectAsync(options.HubUrl(host: false, "/hubs/evaluation"), staff.Of(remote), $"staff-{remote}", ct);
        }

        Experts = await Task.WhenAll(members.Select(async m =>
        {
            var code = await api.IssueCheckInCodeAsync(staff.Of(m.SiteId), sessionId, m.PersonId, ct);
            await desks[m.SiteId].CommandAsync("CheckIn", [m.PersonId], ct);
            var token = await api.RedeemCheckInCodeAsync(sessionId, code, ct);
            var expert = await ConnectAsync(options.HubUrl(host: false, "/hubs/evaluation"), token, m.PersonId, ct);
            await expert.JoinAsync(ct);
            return (m, expert);
        }));

        await Host.CommandAsync("OpenSession", [], ct);
        await EveryExpertAsync((e, _) => e.CommandAsync("DeclareConflict", [false, null], ct));
        await EveryExpertAsync((e, _) => e.CommandAsync("VoteForChair", ["x1"], ct));
        await Host.CommandAsync("StartReview", [], ct);
        await EveryExpertAsync(async (e, _) =>
        {
            foreach (var bid in SimulatedTender.Bids(options.Bids))
            {
                await e.CommandAsync("SubmitReviewVerdicts", [bid.BidderId, SimulatedTender.PassingVerdicts], ct);
            }
        });
        await Chair.CommandAsync("ConcludeReview", [], ct);
        await Host.CommandAsync("OpenScoring", [Random.Shared.NextInt64(1, long.MaxValue)], ct);
    }

    /// <summary>Every expert fills and signs a sheet per bid and part, paced as asked; each send is timed to the host.</summary>
    public Task ScoreAsync(CancellationToken ct) => EveryExpertAsync(async (expert, _) =>
    {
        var bids = SimulatedTender.Bids(options.Bids);
        var sheets = bids.Count * SimulatedTender.ScoredParts.Length;
        for (var b = 0; b < bids.Count; b++)
        {
            foreach (var part in SimulatedTender.ScoredParts)
            {
                await ThinkAsync(sheets, ct);
                var sentAt = new StrongBox<long>();
                var ack = await expert.CommandAsync("SubmitScoreSheet", [expert.Name, bids[b].BidderId, part, SimulatedTender.Sheet(b, part)], ct, sentAt);
                lock (scoreSends)
                {
                    scoreSends.Add((ack.Version, sentAt.Value));
                }

                await expert.CommandAsync("SignScoreSheet", [expert.Name, bids[b].BidderId, part], ct);
            }
        }
    });

    /// <summary>
    /// For the ramp: expert <paramref name="expert"/> (round robin) sends one of their sheets again before signing — a
    /// durable event like any other; answers its version and the send time of the attempt answered.
    /// </summary>
    public async Task<(long Version, long SentAt)> ResubmitAsync(int expert, CancellationToken ct)
    {
        var connection = Experts[expert % Experts.Count].Connection;
        var bid = Random.Shared.Next(options.Bids);
        var part = SimulatedTender.ScoredParts[Random.Shared.Next(SimulatedTender.ScoredParts.Length)];
        var sentAt = new StrongBox<long>();
        var ack = await connection.CommandAsync("SubmitScoreSheet", [connection.Name, SimulatedTender.Bids(options.Bids)[bid].BidderId, part, SimulatedTender.Sheet(bid, part)], ct, sentAt);
        return (ack.Version, sentAt.Value);
    }

    /// <summary>Summary, report and close; then the score-to-host latencies, once the host has every version.</summary>
    public async Task FinishAsync(CancellationToken ct)
    {
        await Host!.CommandAsync("StartSummary", [], ct);
        await Chair.CommandAsync("AcceptSummary", [], ct);
        await EveryExpertAsync((e, _) => e.CommandAsync("SignReport", [ReportStance.Agree, null], ct));
        var closed = await Host.CommandAsync("CloseSession", [], ct);
        await Host.WaitForVersionAsync(closed.Version, Patience, ct);
        foreach (var (version, sentAt) in scoreSends)
        {
            if (Host.TryArrival(version, out var arrived))
            {
                // An event pushed before its ack came back arrived at the host earlier than the send of a retry: keep the first send.
                metrics.ScoreToHost.Record(sentAt, Math.Max(arrived, sentAt));
            }
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

    private Participant Chair => Experts[0].Connection;

    private async Task<Participant> ConnectAsync(Uri hub, string token, string name, CancellationToken ct)
    {
        var participant = await Participant.ConnectAsync(hub, token, sessionId, name, metrics, ct);
        lock (connections)
        {
            connections.Add(participant);
        }

        return participant;
    }

    private Task EveryExpertAsync(Func<Participant, CommitteeMember, Task> act) =>
        Task.WhenAll(Experts.Select(e => act(e.Connection, e.Member)));

    /// <summary>Realistic pacing spreads an expert's sheets over the scoring window, each pause random around the mean.</summary>
    private Task ThinkAsync(int sheets, CancellationToken ct)
    {
        if (options.Pace == Pace.Flat)
        {
            return Task.CompletedTask;
        }

        var mean = options.Duration.TotalMilliseconds / sheets;
        return Task.Delay(TimeSpan.FromMilliseconds(mean * (0.5 + Random.Shared.NextDouble())), ct);
    }
}
