using RemoteEvaluation.Domain.Reports;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Domain.Tests.Infrastructure;
using static RemoteEvaluation.Domain.Tests.Infrastructure.People;

namespace RemoteEvaluation.Domain.Tests.Reports;

public class ReportTests
{
    private static SessionSpec SignedBy(SessionSpec spec, params string[] members)
    {
        foreach (var m in members)
        {
            spec.Given(new SignReport(Specs.MemberActor(m), ReportStance.Agree));
        }

        return spec;
    }

    [Fact]
    public void accepting_the_summary_drafts_the_report_with_committee_scores_and_ranking()
    {
        var report = Specs.InReport().Only<ReportDrafted>().Report;

        Assert.Equal(["e1", "e2", "e3", "e4", "r1"], report.Committee.Select(m => m.PersonId));
        Assert.True(report.Committee.Single(m => m.PersonId == "e1").IsChair);
        Assert.Equal(3, report.Scores.Bids.Count);
        Assert.Equal([("A", (int?)1), ("B", 2), ("C", 3)], report.Ranking.Candidates.Select(c => (c.BidderId, c.Rank)));
        Assert.Empty(report.Dissent);
    }

    [Fact]
    public void a_dissent_is_written_into_the_closed_report()
    {
        var spec = SignedBy(Specs.InReport(), "e1", "e3", "e4", "r1")
            .Given(new SignReport(Specs.MemberActor("e2"), ReportStance.Dissent, "B's schedule is unrealistic"), new CloseSession(Host));

        Assert.Equal([new Dissent("e2", "B's schedule is unrealistic")], spec.Only<SessionClosed>().Report.Dissent);
    }

    [Fact]
    public void a_dissent_without_a_reason_is_rejected() =>
        Specs.InReport().Rejects(new SignReport(Specs.MemberActor("e2"), ReportStance.Dissent, " "), ReportRejections.ReasonRequired);

    [Fact]
    public void refusing_to_sign_without_a_reason_counts_as_agreement()
    {
        var spec = Specs.InReport().Given(new SignReport(Specs.MemberActor("e2"), ReportStance.Refuse));
        var signature = spec.Only<ReportSigned>().Signature;

        Assert.Equal((ReportStance.Refuse, ReportStance.Agree), (signature.Given, signature.CountsAs));
    }

    [Fact]
    public void refusing_to_sign_with_a_reason_is_recorded_as_dissent() =>
        Assert.Equal(ReportStance.Dissent, Specs.InReport().Given(new SignReport(Specs.MemberActor("e2"), ReportStance.Refuse, "Scores were pressured")).Only<ReportSigned>().Signature.CountsAs);

    [Fact]
    public void signing_twice_is_rejected() =>
        SignedBy(Specs.InReport(), "e2").Rejects(new SignReport(Specs.MemberActor("e2"), ReportStance.Dissent, "second thoughts"), ReportRejections.AlreadySigned);

    [Fact]
    public void closing_before_everyone_has_signed_is_rejected() =>
        SignedBy(Specs.InReport(), "e1", "e2", "e3", "e4").Rejects(new CloseSession(Host), ReportRejections.SignaturesMissing);

    [Fact]
    public void archiving_needs_a_sha256_chain_hash() =>
        Specs.Closed().Rejects(new ArchiveSession(Host, "not-a-hash"), ReportRejections.InvalidChainHash);

    [Fact]
    public void archiving_before_fees_are_settled_is_rejected() =>
        Specs.Closed().Rejects(new ArchiveSession(Host, SampleCommands.Hash), ReportRejections.FeesNotSettled);

    [Fact]
    public void archiving_before_conduct_is_recorded_is_rejected() =>
        Specs.Closed(Specs.FeeSettings).Given(new Domain.Fees.SettleFees(Host)).Rejects(new ArchiveSession(Host, SampleCommands.Hash), ReportRejections.ConductNotRecorded);

    [Fact]
    public void the_archive_marker_carries_the_final_chain_hash()
    {
        var spec = Specs.Archived();
        Assert.Equal(SampleCommands.Hash, spec.Only<SessionArchived>().FinalChainHash);
        Assert.Equal(SessionPhase.Archived, spec.State.Phase);
    }
}
