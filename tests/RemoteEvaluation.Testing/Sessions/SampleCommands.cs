using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Attendance;
using RemoteEvaluation.Domain.Chat;
using RemoteEvaluation.Domain.Clarifications;
using RemoteEvaluation.Domain.Committee;
using RemoteEvaluation.Domain.Conduct;
using RemoteEvaluation.Domain.Documents;
using RemoteEvaluation.Domain.Fees;
using RemoteEvaluation.Domain.Opening;
using RemoteEvaluation.Domain.Presence;
using RemoteEvaluation.Domain.Reports;
using RemoteEvaluation.Domain.Review;
using RemoteEvaluation.Domain.Scoring;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Domain.Summary;
using RemoteEvaluation.Domain.Supervision;
using static RemoteEvaluation.Domain.Tests.Infrastructure.People;

namespace RemoteEvaluation.Domain.Tests.Infrastructure;

/// <summary>One well-formed sample of every session command, each by the role that would normally send it.</summary>
public static class SampleCommands
{
    public const string Hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    public static IReadOnlyList<SessionCommand> Typical()
    {
        var e1 = Expert("e1", HostSite);
        return
        [
            new ScheduleSession(Host, "P", "Project", HostSite, Specs.Start),
            new LinkRemoteSite(Host, "SH"),
            new AdoptCriteria(Host, TestCriteria.Comprehensive),
            new RegisterBids(Host, Specs.Bids),
            new SeatCommittee(DrawSystem, Specs.Committee),
            new SeatReplacement(DrawSystem, "e2", new CommitteeMember("e9", MemberKind.Expert, Ningbo, "pool-zj")),
            new CheckIn(Host, "e1"),
            new MarkAbsent(Host, "e1"),
            new OpenSession(Host),
            new DeclareConflict(e1, HasConflict: false),
            new VoteForChair(e1, "e1"),
            new StartReview(Host),
            new PublishPreCheck(Host, [new PreCheckFinding("A", "Arithmetic error in the bill of quantities")]),
            new SubmitReviewVerdicts(e1, "A", [new ItemVerdict("q1", true), new ItemVerdict("q2", true)]),
            new ConcludeReview(e1),
            new RequestClarification(e1, "cl-1", "A", "Confirm the unit price of item 3."),
            new AnswerClarification(Bidder("A"), "cl-1", "Confirmed."),
            new OpenScoring(Host, 7),
            new SubmitScoreSheet(e1, "e1", "A", PartKind.Technical, Specs.Sheet(PartKind.Technical, 8)),
            new SignScoreSheet(e1, "e1", "A", PartKind.Technical),
            new StartSummary(Host),
            new ExplainDeviation(e1, "e1", "A", "t1", "Method is unproven."),
            new RecheckScore(e1, "e2", "A", "t1", 7, RecheckGround.AbnormalScore, "Committee found it abnormally high."),
            new RecordTendererDecision(Representative("r1"), ["A", "B"]),
            new AcceptSummary(e1),
            new SignReport(e1, ReportStance.Agree),
            new CloseSession(Host),
            new SettleFees(Host),
            new RecordConduct(Host, []),
            new ArchiveSession(Host, Hash),
            new SuspendSession(Host, "Link to NB down"),
            new ResumeSession(Host),
            new AbandonSession(Host, "Link down for too long"),
            new PostChatMessage(Host, null, "Review starts at 10:00."),
            new ShowDocument(Host, "discipline-notice", 1),
            new RegisterDocument(Host, "tender", null, DocumentPart.Tender, "招标文件", Hash, 12, 40_960),
            new RecordConnected(Actor.System, NingboStaff, "connection-1"),
            new RecordDisconnected(Actor.System, "connection-1"),
            new RecordSiteSilent(Actor.System, Ningbo, Specs.Start),
            new RecordSiteBack(Actor.System, Ningbo),
            new IssueWarning(Supervisor, Ningbo, "Keep the phones out of the evaluation room."),
        ];
    }

    public static SessionCommand As(SessionCommand command, Actor by) => command with { By = by };
}
