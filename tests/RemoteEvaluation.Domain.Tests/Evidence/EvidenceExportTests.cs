using RemoteEvaluation.Domain.Evidence;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Domain.Tests.Infrastructure;

namespace RemoteEvaluation.Domain.Tests.Evidence;

public sealed class EvidenceExportTests
{
    [Theory]
    [InlineData(SessionPhase.Scheduled)]
    [InlineData(SessionPhase.Scoring)]
    [InlineData(SessionPhase.Report)]
    [InlineData(SessionPhase.Abandoned)]
    public void a_session_that_is_not_closed_or_archived_has_no_evidence_package_yet(SessionPhase phase)
    {
        var rejection = EvidenceExport.MayExport(SessionState.Empty with { Phase = phase });

        Assert.Equal(EvidenceRejections.SessionNotClosed, rejection?.Code);
    }

    [Fact]
    public void the_golden_session_once_archived_may_be_exported()
    {
        Assert.Null(EvidenceExport.MayExport(GoldenSession.Run().State));
    }

    [Fact]
    public void a_closed_session_may_be_exported()
    {
        Assert.Null(EvidenceExport.MayExport(SessionState.Empty with { Phase = SessionPhase.Closed }));
    }
}
