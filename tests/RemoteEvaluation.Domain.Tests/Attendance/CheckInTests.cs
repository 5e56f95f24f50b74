using RemoteEvaluation.Domain.Attendance;
using RemoteEvaluation.Domain.Committee;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Domain.Tests.Infrastructure;
using static RemoteEvaluation.Domain.Tests.Infrastructure.People;

namespace RemoteEvaluation.Domain.Tests.Attendance;

public class CheckInTests
{
    private static readonly CommitteeMember Replacement = new("e9", MemberKind.Expert, Ningbo, "pool-zj");

    [Fact]
    public void checking_in_at_the_experts_own_centre_records_who_verified_them()
    {
        var spec = Specs.Scheduled().At(Specs.Start.AddMinutes(-20));
        var e = Assert.IsType<MemberCheckedIn>(Assert.Single(spec.When(new CheckIn(NingboStaff, "e2"))));

        Assert.Equal(("e2", Ningbo, "staff-nb", false), (e.PersonId, e.SiteId, e.VerifiedBy, e.Late));
        Assert.Equal(MemberStatus.CheckedIn, spec.State.Member("e2")!.Status);
    }

    [Fact]
    public void checking_in_at_another_centre_is_rejected() =>
        Specs.Scheduled().Rejects(new CheckIn(WenzhouStaff, "e2"), CheckInRejections.WrongSite);

    [Fact]
    public void host_staff_cannot_check_in_a_remote_expert() =>
        Specs.Scheduled().Rejects(new CheckIn(Host, "e4"), CheckInRejections.WrongSite);

    [Fact]
    public void checking_in_after_the_start_is_recorded_as_late()
    {
        var spec = Specs.Scheduled().At(Specs.Start.AddMinutes(10));
        spec.Given(new CheckIn(WenzhouStaff, "e4"));
        Assert.True(spec.Only<MemberCheckedIn>().Late);
        Assert.True(spec.State.Member("e4")!.Late);
    }

    [Fact]
    public void checking_in_someone_without_a_seat_is_rejected() =>
        Specs.Scheduled().Rejects(new CheckIn(Host, "stranger"), CheckInRejections.UnknownMember);

    [Fact]
    public void checking_in_twice_is_rejected() =>
        Specs.Scheduled().Given(new CheckIn(Host, "e1")).Rejects(new CheckIn(Host, "e1"), CheckInRejections.AlreadyCheckedIn);

    [Fact]
    public void checking_in_before_the_committee_is_seated_is_rejected() =>
        new SessionSpec().At(Specs.Start.AddDays(-1))
            .Given(new ScheduleSession(Host, "P", "Project", HostSite, Specs.Start))
            .Rejects(new CheckIn(Host, "e1"), CommitteeRejections.NotSeated);

    [Fact]
    public void an_absent_member_is_recorded_and_a_replacement_requested()
    {
        var spec = Specs.Scheduled().At(Specs.Start.AddMinutes(15));
        var events = spec.When(new MarkAbsent(NingboStaff, "e2"));

        Assert.Equal([typeof(MemberAbsent), typeof(ReplacementRequested)], events.Select(e => e.GetType()));
        Assert.Equal(ReplacementReason.Absent, spec.Only<ReplacementRequested>().Reason);
        Assert.Equal(MemberStatus.Absent, spec.State.Member("e2")!.Status);
        Assert.Contains("e2", spec.State.PendingReplacements);
    }

    [Fact]
    public void nobody_is_absent_before_the_start() =>
        Specs.Scheduled().At(Specs.Start.AddMinutes(-1)).Rejects(new MarkAbsent(NingboStaff, "e2"), CheckInRejections.NotYetStarted);

    [Fact]
    public void a_checked_in_member_cannot_be_marked_absent() =>
        Specs.Scheduled().Given(new CheckIn(Host, "e1")).At(Specs.Start.AddMinutes(5)).Rejects(new MarkAbsent(Host, "e1"), CheckInRejections.AlreadyCheckedIn);

    [Fact]
    public void an_absent_member_arriving_later_cannot_check_in() =>
        Specs.Scheduled().At(Specs.Start.AddMinutes(5)).Given(new MarkAbsent(NingboStaff, "e2"))
            .Rejects(new CheckIn(NingboStaff, "e2"), CheckInRejections.MemberReplaced);

    [Fact]
    public void a_replacement_takes_the_seat_and_checks_in_at_its_own_centre()
    {
        var spec = Specs.Scheduled().At(Specs.Start.AddMinutes(5))
            .Given(new MarkAbsent(NingboStaff, "e2"), new SeatReplacement(DrawSystem, "e2", Replacement), new CheckIn(NingboStaff, "e9"));

        Assert.Equal("e9", spec.State.Member("e2")!.ReplacedBy);
        Assert.Empty(spec.State.PendingReplacements);
        Assert.Equal(MemberStatus.CheckedIn, spec.State.Member("e9")!.Status);
    }

    [Fact]
    public void a_replacement_of_another_kind_is_rejected() =>
        Specs.Scheduled().At(Specs.Start.AddMinutes(5)).Given(new MarkAbsent(NingboStaff, "e2"))
            .Rejects(new SeatReplacement(DrawSystem, "e2", Replacement with { Kind = MemberKind.TendererRepresentative }), CommitteeRejections.ReplacementKindMismatch);

    [Fact]
    public void a_replacement_who_already_sits_is_rejected() =>
        Specs.Scheduled().At(Specs.Start.AddMinutes(5)).Given(new MarkAbsent(NingboStaff, "e2"))
            .Rejects(new SeatReplacement(DrawSystem, "e2", Replacement with { PersonId = "e3" }), CommitteeRejections.DuplicateMember);

    [Fact]
    public void a_replacement_at_an_unlinked_centre_is_rejected() =>
        Specs.Scheduled().At(Specs.Start.AddMinutes(5)).Given(new MarkAbsent(NingboStaff, "e2"))
            .Rejects(new SeatReplacement(DrawSystem, "e2", Replacement with { SiteId = "SH" }), CommitteeRejections.UnknownSite);

    [Fact]
    public void opening_while_a_replacement_is_pending_is_rejected()
    {
        var spec = Specs.Scheduled().At(Specs.Start.AddMinutes(5));
        foreach (var m in Specs.Committee.Where(m => m.PersonId != "e2"))
        {
            spec.Given(new CheckIn(StaffOf(m.SiteId), m.PersonId));
        }

        spec.Given(new MarkAbsent(NingboStaff, "e2")).Rejects(new OpenSession(Host), CommitteeRejections.ReplacementPending);
    }

    [Fact]
    public void opening_before_everyone_has_checked_in_is_rejected() =>
        Specs.Scheduled().Given(new CheckIn(Host, "e1")).Rejects(new OpenSession(Host), CheckInRejections.MembersPending);

    [Fact]
    public void opening_when_everyone_has_checked_in_moves_to_the_opening()
    {
        var spec = Specs.CheckedIn().At(Specs.Start);
        spec.Given(new OpenSession(Host));
        Assert.Equal(SessionPhase.Opening, spec.State.Phase);
        Assert.Equal(Specs.Start, spec.State.OpenedAt);
    }

    [Fact]
    public void marking_absent_an_expert_of_another_centre_is_rejected() =>
        Specs.Scheduled().At(Specs.Start.AddMinutes(5)).Rejects(new MarkAbsent(WenzhouStaff, "e2"), CheckInRejections.WrongSite);
}
