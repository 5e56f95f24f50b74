using System.Collections.Immutable;
using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Attendance;
using RemoteEvaluation.Domain.Committee;
using RemoteEvaluation.Domain.Conduct;
using RemoteEvaluation.Domain.Fees;
using RemoteEvaluation.Domain.Opening;
using RemoteEvaluation.Domain.Reports;
using RemoteEvaluation.Domain.Review;
using RemoteEvaluation.Domain.Scoring;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Domain.Settings;
using RemoteEvaluation.Domain.Summary;
using static RemoteEvaluation.Domain.Tests.Infrastructure.People;

namespace RemoteEvaluation.Domain.Tests.Infrastructure;

/// <summary>
/// The standard session brought to each phase. Committee: experts e1 (HZ), e2 (NB), e3 (NB), e4 (WZ) and
/// tenderer representative r1 (HZ). Bids: A 1 000 000 (credit 8), B 1 100 000 (credit 9), C 900 000 (credit 7).
/// The session starts at <see cref="Start"/>; it is scheduled a day before.
/// </summary>
public static class Specs
{
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(8));

    public static readonly ImmutableList<CommitteeMember> Committee =
    [
        new("e1", MemberKind.Expert, HostSite, "pool-zj"),
        new("e2", MemberKind.Expert, Ningbo, "pool-zj"),
        new("e3", MemberKind.Expert, Ningbo, "pool-zj"),
        new("e4", MemberKind.Expert, Wenzhou, "pool-js"),
        new("r1", MemberKind.TendererRepresentative, HostSite, "tenderer"),
    ];

    public static readonly ImmutableList<Bid> Bids =
    [
        new("A", "Alpha Construction", 1_000_000m, 8m),
        new("B", "Beta Engineering", 1_100_000m, 9m),
        new("C", "Gamma Builders", 900_000m, 7m),
    ];

    public static Actor MemberActor(string personId)
    {
        var m = Committee.FirstOrDefault(c => c.PersonId == personId);
        return m?.Kind == MemberKind.TendererRepresentative ? Representative(personId, m.SiteId) : Expert(personId, m?.SiteId ?? HostSite);
    }

    public static SessionSpec Scheduled(EvaluationSettings? settings = null, CriteriaTemplate? criteria = null, ImmutableList<Bid>? bids = null, ImmutableList<CommitteeMember>? committee = null) =>
        new SessionSpec().At(Start.AddDays(-1)).Given(
            new ScheduleSession(Host, "ZJ-2026-001", "Library extension", HostSite, Start, 5_000_000m, settings),
            new LinkRemoteSite(Host, Ningbo),
            new LinkRemoteSite(Host, Wenzhou),
            new AdoptCriteria(Host, criteria ?? TestCriteria.Comprehensive),
            new RegisterBids(Host, bids ?? Bids),
            new SeatCommittee(DrawSystem, committee ?? Committee));

    public static SessionSpec CheckedIn(EvaluationSettings? settings = null, CriteriaTemplate? criteria = null, ImmutableList<Bid>? bids = null)
    {
        var spec = Scheduled(settings, criteria, bids).At(Start.AddMinutes(-30));
        foreach (var m in Committee)
        {
            spec.Given(new CheckIn(StaffOf(m.SiteId), m.PersonId));
        }

        return spec;
    }

    public static SessionSpec Opened(EvaluationSettings? settings = null, CriteriaTemplate? criteria = null, ImmutableList<Bid>? bids = null) =>
        CheckedIn(settings, criteria, bids).At(Start).Given(new OpenSession(Host));

    public static SessionSpec Declared(EvaluationSettings? settings = null, CriteriaTemplate? criteria = null, ImmutableList<Bid>? bids = null)
    {
        var spec = Opened(settings, criteria, bids);
        foreach (var m in Committee)
        {
            spec.Given(new DeclareConflict(MemberActor(m.PersonId), HasConflict: false));
        }

        return spec;
    }

    /// <summary>Everyone votes for e1, who chairs.</summary>
    public static SessionSpec InReview(EvaluationSettings? settings = null, CriteriaTemplate? criteria = null, ImmutableList<Bid>? bids = null)
    {
        var spec = Declared(settings, criteria, bids);
        foreach (var m in Committee)
        {
            spec.Given(new VoteForChair(MemberActor(m.PersonId), "e1"));
        }

        return spec.Given(new StartReview(Host));
    }

    public static readonly Actor Chair = Expert("e1", HostSite);

    /// <summary>Every member passes every bid except those in <paramref name="failedByAll"/>, which everyone fails on q1.</summary>
    public static SessionSpec ReviewSubmitted(SessionSpec spec, params string[] failedByAll)
    {
        foreach (var m in Committee)
        {
            foreach (var bid in spec.State.Bids)
            {
                var fail = failedByAll.Contains(bid.BidderId);
                spec.Given(new SubmitReviewVerdicts(MemberActor(m.PersonId), bid.BidderId, [new ItemVerdict("q1", !fail, fail ? "Licence expired" : null), new ItemVerdict("q2", true)]));
            }
        }

        return spec;
    }

    public static SessionSpec Scoring(EvaluationSettings? settings = null, CriteriaTemplate? criteria = null, ImmutableList<Bid>? bids = null, params string[] rejected) =>
        ReviewSubmitted(InReview(settings, criteria, bids), rejected).Given(new ConcludeReview(Chair), new OpenScoring(Host, 42));

    /// <summary>A comprehensive sheet with t1, t2 (technical) or c1 (commercial) all at <paramref name="score"/>.</summary>
    public static ImmutableList<ItemScore> Sheet(PartKind part, decimal score) => part == PartKind.Technical
        ? [new ItemScore("t1", score, score < 6 ? "weak" : null), new ItemScore("t2", score, score < 6 ? "weak" : null)]
        : [new ItemScore("c1", score, score < 6 ? "weak" : null)];

    /// <summary>Every member fills and signs every sheet with 8 everywhere (no deviations, no low scores), technical sheets first.</summary>
    public static SessionSpec AllSigned(SessionSpec spec)
    {
        // Technical sheets first: in a blind evaluation the commercial part waits for the reveal.
        foreach (var part in new[] { PartKind.Technical, PartKind.Commercial })
        {
            foreach (var m in Committee)
            {
                foreach (var bid in spec.State.ValidBids)
                {
                    var key = spec.State.IsBlind && part == PartKind.Technical ? spec.State.BlindAssignmentOf(m.PersonId)!.CodeOf(bid.BidderId)! : bid.BidderId;
                    spec.Given(
                        new SubmitScoreSheet(MemberActor(m.PersonId), m.PersonId, key, part, Sheet(part, 8)),
                        new SignScoreSheet(MemberActor(m.PersonId), m.PersonId, key, part));
                }
            }
        }

        return spec;
    }

    public static SessionSpec InSummary(EvaluationSettings? settings = null) => AllSigned(Scoring(settings)).Given(new StartSummary(Host));

    public static SessionSpec InReport(EvaluationSettings? settings = null) => InSummary(settings).Given(new AcceptSummary(Chair));

    public static SessionSpec Closed(EvaluationSettings? settings = null)
    {
        var spec = InReport(settings).Later(TimeSpan.FromHours(3));
        foreach (var m in Committee)
        {
            spec.Given(new SignReport(MemberActor(m.PersonId), ReportStance.Agree));
        }

        return spec.Given(new CloseSession(Host));
    }

    /// <summary>Fee tables: Zhejiang pool (host) 800 up to 4 h, 1 200 up to 8 h, 150 per extra hour; Jiangsu pool 1 000 up to 4 h, 1 100 up to 8 h, 200 per extra hour.</summary>
    public static readonly EvaluationSettings FeeSettings = EvaluationSettings.Default with
    {
        Fees = new FeeSchedule("pool-zj",
        [
            new PoolFeeRates("pool-zj", [new FeeBand(4, 800), new FeeBand(8, 1_200)], 150),
            new PoolFeeRates("pool-js", [new FeeBand(4, 1_000), new FeeBand(8, 1_100)], 200),
        ]),
    };

    public static SessionSpec Archived() =>
        Closed(FeeSettings).Given(new SettleFees(Host), new RecordConduct(Host, []), new ArchiveSession(Host, SampleCommands.Hash));
}

