using RemoteEvaluation.Domain.Committee;
using RemoteEvaluation.Domain.Scoring;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Domain.Tests.Infrastructure;
using static RemoteEvaluation.Domain.Tests.Infrastructure.People;

namespace RemoteEvaluation.Domain.Tests.Sessions;

/// <summary>Commands arrive as JSON from clients: missing parts are rejections, never crashes.</summary>
public class MalformedCommandTests
{
    [Fact]
    public void criteria_missing_from_the_command_are_rejected() =>
        new SessionSpec().At(Specs.Start.AddDays(-1))
            .Given(new ScheduleSession(Host, "P", "Project", HostSite, Specs.Start))
            .Rejects(new AdoptCriteria(Host, null!), CriteriaRejections.FieldRequired);

    [Fact]
    public void a_replacement_missing_from_the_command_is_rejected() =>
        Specs.Scheduled().At(Specs.Start.AddMinutes(5)).Given(new Domain.Attendance.MarkAbsent(NingboStaff, "e2"))
            .Rejects(new SeatReplacement(DrawSystem, "e2", null!), SessionRejections.FieldRequired);

    [Fact]
    public void a_committee_missing_from_the_command_is_rejected_as_too_small() =>
        new SessionSpec().At(Specs.Start.AddDays(-1))
            .Given(new ScheduleSession(Host, "P", "Project", HostSite, Specs.Start))
            .Rejects(new SeatCommittee(DrawSystem, null!), CommitteeRejections.TooSmall);

    [Fact]
    public void a_sheet_without_scores_is_rejected_as_incomplete() =>
        Specs.Scoring().Rejects(new SubmitScoreSheet(Specs.Chair, "e1", "A", PartKind.Technical, null!), ScoringRejections.ItemMissing);

    [Fact]
    public void bids_missing_from_the_command_are_rejected() =>
        new SessionSpec().At(Specs.Start.AddDays(-1))
            .Given(new ScheduleSession(Host, "P", "Project", HostSite, Specs.Start))
            .Rejects(new RegisterBids(Host, null!), SessionRejections.BidsInvalid);
}
