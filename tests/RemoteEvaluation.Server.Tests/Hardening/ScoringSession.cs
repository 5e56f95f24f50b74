using System.Collections.Immutable;
using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Attendance;
using RemoteEvaluation.Domain.Committee;
using RemoteEvaluation.Domain.Opening;
using RemoteEvaluation.Domain.Review;
using RemoteEvaluation.Domain.Scoring;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Domain.Tests.Infrastructure;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Grains.Sessions;

namespace RemoteEvaluation.Server.Tests.Hardening;

/// <summary>
/// A session brought to scoring through the session grain on the real clock, at the demo centres: host site-330100
/// (host.hz) with expert e1 and representative r1, site-330200 with e2 and e3, site-330300 with e4; bids A, B, C.
/// </summary>
internal static class ScoringSession
{
    public const string HostSite = "site-330100";

    public static readonly Actor Host = new(ActorRole.HostStaff, "host.hz", HostSite);

    public static readonly ImmutableList<CommitteeMember> Members =
    [
        new("e1", MemberKind.Expert, HostSite, "pool-zj"),
        new("e2", MemberKind.Expert, "site-330200", "pool-zj"),
        new("e3", MemberKind.Expert, "site-330200", "pool-zj"),
        new("e4", MemberKind.Expert, "site-330300", "pool-zj"),
        new("r1", MemberKind.TendererRepresentative, HostSite, "tenderer"),
    ];

    public static readonly ImmutableList<Bid> Bids =
    [
        new("A", "Alpha Construction", 1_000_000m, 8m),
        new("B", "Beta Engineering", 1_100_000m, 9m),
        new("C", "Gamma Builders", 900_000m, 7m),
    ];

    /// <summary>A technical sheet with t1 and t2 at 8 (the test criteria's technical part).</summary>
    public static readonly ImmutableList<ItemScore> TechnicalSheet = [new("t1", 8m), new("t2", 8m)];

    public static CommitteeMember Member(string personId) => Members.Single(m => m.PersonId == personId);

    /// <summary>Everyone checked in, no conflicts, e1 chairs, every bid passes the review, scoring open.</summary>
    public static async Task OpenAsync(IGrainFactory grains, string sessionId)
    {
        var session = grains.GetGrain<ISessionGrain>(sessionId);
        await RunAsync(session,
            new ScheduleSession(Host, "ZJ-2026-005", "Bridge maintenance", HostSite, DateTimeOffset.UtcNow.AddHours(1), 5_000_000m),
            new LinkRemoteSite(Host, "site-330200"),
            new LinkRemoteSite(Host, "site-330300"),
            new AdoptCriteria(Host, TestCriteria.Comprehensive),
            new RegisterBids(Host, Bids),
            new SeatCommittee(Actor.Draw, Members));
        await RunAsync(session, [.. Members.Select(m => new CheckIn(StaffOf(m.SiteId), m.PersonId))]);
        await RunAsync(session, new OpenSession(Host));
        await RunAsync(session, [.. Members.Select(m => new DeclareConflict(ActorOf(m), false))]);
        await RunAsync(session, [.. Members.Select(m => new VoteForChair(ActorOf(m), "e1"))]);
        await RunAsync(session, new StartReview(Host));
        await RunAsync(session, [.. Members.SelectMany(m => Bids.Select(b =>
            new SubmitReviewVerdicts(ActorOf(m), b.BidderId, [new ItemVerdict("q1", true), new ItemVerdict("q2", true)])))]);
        await RunAsync(session, new ConcludeReview(ActorOf(Member("e1"))), new OpenScoring(Host, 42));
    }

    private static Actor ActorOf(CommitteeMember m) =>
        new(m.Kind == MemberKind.TendererRepresentative ? ActorRole.TendererRepresentative : ActorRole.Expert, m.PersonId, m.SiteId);

    private static Actor StaffOf(string siteId) => siteId == HostSite ? Host : new Actor(ActorRole.SiteStaff, $"staff.{siteId}", siteId);

    private static async Task RunAsync(ISessionGrain session, params SessionCommand[] commands)
    {
        foreach (var command in commands)
        {
            var result = await session.ExecuteAsync(command, new CommandContext($"setup-{Guid.NewGuid():N}", command.By.PersonId, command.By.Role.ToString(), command.By.SiteId));
            Assert.True(result.Accepted, $"{command.GetType().Name}: {result.Rejection}");
        }
    }
}
