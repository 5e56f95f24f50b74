using System.Collections.Immutable;
using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Attendance;
using RemoteEvaluation.Domain.Committee;
using RemoteEvaluation.Domain.Opening;
using RemoteEvaluation.Domain.Review;
using RemoteEvaluation.Domain.Scoring;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Domain.Settings;
using RemoteEvaluation.Domain.Tests.Infrastructure;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Grains.Sessions;

namespace RemoteEvaluation.Server.Tests.Hubs;

/// <summary>
/// The standard session at the demo centres (host site-330100 with the demo account host.hz, remote site-330200 with
/// staff.nb and site-330300 with staff.wz), written through the session grain on the real clock: experts e1 (host),
/// e2 and e3 (330200), e4 (330300), tenderer representative r1 (host); bids with ids and names easy to spot on the wire.
/// </summary>
internal static class LiveSession
{
    public const string HostSite = "site-330100";
    public const string NingboSite = "site-330200";
    public const string WenzhouSite = "site-330300";

    public static readonly Actor Host = new(ActorRole.HostStaff, "host.hz", HostSite);

    public static readonly ImmutableList<CommitteeMember> Members =
    [
        new("e1", MemberKind.Expert, HostSite, "pool-zj"),
        new("e2", MemberKind.Expert, NingboSite, "pool-zj"),
        new("e3", MemberKind.Expert, NingboSite, "pool-zj"),
        new("e4", MemberKind.Expert, WenzhouSite, "pool-zj"),
        new("r1", MemberKind.TendererRepresentative, HostSite, "tenderer"),
    ];

    public static readonly ImmutableList<Bid> Bids =
    [
        new("bidder-alpha", "Alpha Construction", 1_000_000m, 8m),
        new("bidder-beta", "Beta Engineering", 1_100_000m, 9m),
        new("bidder-gamma", "Gamma Builders", 900_000m, 7m),
    ];

    public static Actor MemberActor(string personId)
    {
        var m = Members.Single(c => c.PersonId == personId);
        return new Actor(m.Kind == MemberKind.TendererRepresentative ? ActorRole.TendererRepresentative : ActorRole.Expert, personId, m.SiteId);
    }

    public static Actor StaffOf(string siteId) => siteId switch
    {
        HostSite => Host,
        NingboSite => new Actor(ActorRole.SiteStaff, "staff.nb", NingboSite),
        _ => new Actor(ActorRole.SiteStaff, "staff.wz", WenzhouSite),
    };

    /// <summary>Scheduled an hour from now, centres linked, criteria, bids and committee in place; nobody checked in.</summary>
    public static async Task<ISessionGrain> ScheduledAsync(IGrainFactory grains, string sessionId, bool blind = false)
    {
        var settings = blind ? EvaluationSettings.Default with { BlindTechnicalReview = true } : null;
        var session = grains.GetGrain<ISessionGrain>(sessionId);
        await RunAsync(session,
            new ScheduleSession(Host, "ZJ-2026-001", "Library extension", HostSite, AnHourFromNowToday(), 5_000_000m, settings),
            new LinkRemoteSite(Host, NingboSite),
            new LinkRemoteSite(Host, WenzhouSite),
            new AdoptCriteria(Host, TestCriteria.Comprehensive),
            new RegisterBids(Host, Bids),
            new SeatCommittee(Actor.Draw, Members));
        return session;
    }

    /// <summary>
    /// An hour from now, in an offset where that is still today: the province board lists a session on its start's day
    /// in the start's own offset, so a start written in UTC after 23:00 UTC would be tomorrow's and off the board.
    /// </summary>
    public static DateTimeOffset AnHourFromNowToday()
    {
        var now = DateTimeOffset.UtcNow;
        var startsAt = now.AddHours(1);
        return startsAt.Date == now.Date ? startsAt : startsAt.ToOffset(TimeSpan.FromHours(-2));
    }

    /// <summary>Everyone checked in, no conflicts, e1 chairs, every bid passes the review, scoring open (seed 42).</summary>
    public static async Task<ISessionGrain> ScoringAsync(IGrainFactory grains, string sessionId, bool blind = false)
    {
        var session = await ScheduledAsync(grains, sessionId, blind);
        await RunAsync(session, [.. Members.Select(m => new CheckIn(StaffOf(m.SiteId), m.PersonId))]);
        await RunAsync(session, new OpenSession(Host));
        await RunAsync(session, [.. Members.Select(m => new DeclareConflict(MemberActor(m.PersonId), false))]);
        await RunAsync(session, [.. Members.Select(m => new VoteForChair(MemberActor(m.PersonId), "e1"))]);
        await RunAsync(session, new StartReview(Host));
        await RunAsync(session, [.. Members.SelectMany(m => Bids.Select(b =>
            new SubmitReviewVerdicts(MemberActor(m.PersonId), b.BidderId, [new ItemVerdict("q1", true), new ItemVerdict("q2", true)])))]);
        await RunAsync(session, new ConcludeReview(MemberActor("e1")), new OpenScoring(Host, 42));
        return session;
    }

    /// <summary>Registers the tender-part documents the presenter tests show: criteria and bid-list.</summary>
    public static Task RegisterPresentedDocumentsAsync(ISessionGrain session) =>
        RunAsync(session, SampleDocuments.Tender("criteria", "评标办法") with { By = Host }, SampleDocuments.Tender("bid-list", "开标一览表") with { By = Host });

    public static async Task RunAsync(ISessionGrain session, params SessionCommand[] commands)
    {
        foreach (var command in commands)
        {
            var result = await session.ExecuteAsync(command, new CommandContext($"setup-{Guid.NewGuid():N}", command.By.PersonId, command.By.Role.ToString(), command.By.SiteId));
            Assert.True(result.Accepted, $"{command.GetType().Name}: {result.Rejection}");
        }
    }
}
