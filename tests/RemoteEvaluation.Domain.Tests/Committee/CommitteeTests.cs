using System.Collections.Immutable;
using RemoteEvaluation.Domain.Committee;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Domain.Settings;
using RemoteEvaluation.Domain.Tests.Infrastructure;
using static RemoteEvaluation.Domain.Tests.Infrastructure.People;

namespace RemoteEvaluation.Domain.Tests.Committee;

public class CommitteeTests
{
    private static SessionSpec Unseated(decimal estimatedValue = 1_000_000m, EvaluationSettings? settings = null) =>
        new SessionSpec().At(Specs.Start.AddDays(-1)).Given(
            new ScheduleSession(Host, "P", "Project", HostSite, Specs.Start, estimatedValue, settings),
            new LinkRemoteSite(Host, Ningbo));

    private static ImmutableList<CommitteeMember> Members(int experts, int representatives) =>
    [
        .. Enumerable.Range(1, experts).Select(i => new CommitteeMember($"e{i}", MemberKind.Expert, i % 2 == 0 ? Ningbo : HostSite, "pool-zj")),
        .. Enumerable.Range(1, representatives).Select(i => new CommitteeMember($"r{i}", MemberKind.TendererRepresentative, HostSite, "tenderer")),
    ];

    [Fact]
    public void a_committee_of_five_with_one_representative_is_seated()
    {
        var spec = Unseated().Given(new SeatCommittee(DrawSystem, Members(4, 1)));
        Assert.Equal(5, spec.State.Members.Count);
        Assert.All(spec.State.Members, m => Assert.Equal(MemberStatus.Seated, m.Status));
    }

    [Fact]
    public void a_committee_of_three_is_rejected_as_too_small() =>
        Unseated().Rejects(new SeatCommittee(DrawSystem, Members(3, 0)), CommitteeRejections.TooSmall);

    [Fact]
    public void a_large_procurement_needs_the_larger_committee_from_the_settings()
    {
        var settings = EvaluationSettings.Default with { LargeProcurementThreshold = 2_000_000m, LargeProcurementCommitteeSize = 7 };
        Unseated(2_000_000m, settings).Rejects(new SeatCommittee(DrawSystem, Members(5, 0)), CommitteeRejections.TooSmall);
        Unseated(1_999_999m, settings).Given(new SeatCommittee(DrawSystem, Members(5, 0)));
    }

    [Fact]
    public void an_even_committee_is_rejected() =>
        Unseated().Rejects(new SeatCommittee(DrawSystem, Members(6, 0)), CommitteeRejections.EvenSize);

    [Fact]
    public void representatives_above_a_third_are_rejected_as_too_few_experts() =>
        Unseated().Rejects(new SeatCommittee(DrawSystem, Members(3, 2)), CommitteeRejections.TooFewExperts);

    [Fact]
    public void two_representatives_in_seven_are_allowed() =>
        Unseated().Given(new SeatCommittee(DrawSystem, Members(5, 2)));

    [Fact]
    public void seating_twice_is_rejected() =>
        Specs.Scheduled().Rejects(new SeatCommittee(DrawSystem, Specs.Committee), CommitteeRejections.AlreadySeated);

    [Fact]
    public void one_person_in_two_seats_is_rejected() =>
        Unseated().Rejects(new SeatCommittee(DrawSystem, Members(4, 0).Add(new CommitteeMember("e1", MemberKind.Expert, HostSite, "pool-zj"))), CommitteeRejections.DuplicateMember);

    [Fact]
    public void a_member_placed_at_an_unlinked_centre_is_rejected() =>
        Unseated().Rejects(new SeatCommittee(DrawSystem, Members(4, 0).Add(new CommitteeMember("e5", MemberKind.Expert, "SH", "pool-zj"))), CommitteeRejections.UnknownSite);

    [Fact]
    public void a_replacement_nobody_asked_for_is_rejected() =>
        Specs.Scheduled().Rejects(new SeatReplacement(DrawSystem, "e2", new CommitteeMember("e9", MemberKind.Expert, Ningbo, "pool-zj")), CommitteeRejections.ReplacementNotRequested);

    [Fact]
    public void host_staff_cannot_seat_the_committee_because_they_would_know_the_experts() =>
        Unseated().Rejects(new SeatCommittee(Host, Members(5, 0)), SessionRejections.WrongRole);

    [Fact]
    public void no_person_seats_a_replacement_either() =>
        Specs.Scheduled().Rejects(new SeatReplacement(Host, "e2", new CommitteeMember("e9", MemberKind.Expert, Ningbo, "pool-zj")), SessionRejections.WrongRole);
}
