using RemoteEvaluation.Domain.Attendance;
using RemoteEvaluation.Domain.Committee;
using RemoteEvaluation.Domain.Opening;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Domain.Tests.Infrastructure;
using static RemoteEvaluation.Domain.Tests.Infrastructure.People;

namespace RemoteEvaluation.Domain.Tests.Opening;

public class OpeningTests
{
    private static SessionSpec DeclaredExcept(params string[] undeclared)
    {
        var spec = Specs.Opened();
        foreach (var m in Specs.Committee.Where(m => !undeclared.Contains(m.PersonId)))
        {
            spec.Given(new DeclareConflict(Specs.MemberActor(m.PersonId), HasConflict: false));
        }

        return spec;
    }

    [Fact]
    public void declaring_a_conflict_withdraws_the_member_and_requests_a_replacement()
    {
        var spec = Specs.Opened();
        var events = spec.When(new DeclareConflict(Specs.MemberActor("e3"), HasConflict: true, "Former employee of bidder B until 2025"));

        Assert.Equal([typeof(ConflictDeclared), typeof(ReplacementRequested)], events.Select(e => e.GetType()));
        Assert.Equal(ReplacementReason.Conflict, spec.Only<ReplacementRequested>().Reason);
        Assert.Equal(MemberStatus.Withdrawn, spec.State.Member("e3")!.Status);
    }

    [Fact]
    public void a_conflict_without_its_detail_is_rejected() =>
        Specs.Opened().Rejects(new DeclareConflict(Specs.MemberActor("e3"), HasConflict: true, " "), OpeningRejections.ConflictDetailRequired);

    [Fact]
    public void declaring_twice_is_rejected() =>
        DeclaredExcept().Rejects(new DeclareConflict(Specs.MemberActor("e2"), HasConflict: true, "late remembrance"), OpeningRejections.AlreadyDeclared);

    [Fact]
    public void a_withdrawn_member_can_no_longer_act() =>
        Specs.Opened().Given(new DeclareConflict(Specs.MemberActor("e3"), HasConflict: true, "Shareholder of C"))
            .Rejects(new VoteForChair(Specs.MemberActor("e3"), "e1"), CommitteeRejections.NotAMember);

    [Fact]
    public void a_replacement_for_a_conflict_checks_in_declares_and_votes()
    {
        var spec = Specs.Opened().Given(new DeclareConflict(Specs.MemberActor("e3"), HasConflict: true, "Shareholder of C"));
        foreach (var m in Specs.Committee.Where(m => m.PersonId != "e3"))
        {
            spec.Given(new DeclareConflict(Specs.MemberActor(m.PersonId), HasConflict: false));
        }

        spec.Rejects(new VoteForChair(Specs.Chair, "e1"), OpeningRejections.DeclarationsPending);
        spec.Given(
            new SeatReplacement(DrawSystem, "e3", new CommitteeMember("e9", MemberKind.Expert, Ningbo, "pool-zj")),
            new CheckIn(NingboStaff, "e9"),
            new DeclareConflict(Expert("e9", Ningbo), HasConflict: false));
        foreach (var voter in new[] { "e1", "e2", "e4", "r1", "e9" })
        {
            spec.Given(new VoteForChair(Specs.MemberActor(voter), "e9"));
        }

        Assert.Equal("e9", spec.State.ChairId);
    }

    [Fact]
    public void voting_before_everyone_has_declared_is_rejected() =>
        DeclaredExcept("e4").Rejects(new VoteForChair(Specs.Chair, "e1"), OpeningRejections.DeclarationsPending);

    [Fact]
    public void a_tenderer_representative_cannot_be_chair() =>
        DeclaredExcept().Rejects(new VoteForChair(Specs.Chair, "r1"), OpeningRejections.RepresentativeCannotChair);

    [Fact]
    public void voting_for_someone_outside_the_committee_is_rejected() =>
        DeclaredExcept().Rejects(new VoteForChair(Specs.Chair, "e7"), OpeningRejections.UnknownCandidate);

    [Fact]
    public void voting_twice_is_rejected() =>
        DeclaredExcept().Given(new VoteForChair(Specs.Chair, "e2")).Rejects(new VoteForChair(Specs.Chair, "e3"), OpeningRejections.AlreadyVoted);

    [Fact]
    public void the_chair_is_elected_when_the_last_vote_is_cast()
    {
        var spec = DeclaredExcept();
        foreach (var (voter, candidate) in new[] { ("e1", "e2"), ("e2", "e2"), ("e3", "e2"), ("e4", "e1") })
        {
            spec.Given(new VoteForChair(Specs.MemberActor(voter), candidate));
            Assert.Null(spec.State.ChairId);
        }

        var events = spec.When(new VoteForChair(Specs.MemberActor("r1"), "e1"));
        Assert.Equal(new ChairElected("e2", TieBroken: false), events[^1]);
    }

    [Fact]
    public void a_tied_chair_vote_goes_to_the_candidate_seated_first_in_the_roster()
    {
        // e4 and e2 get two votes each, e3 one: e2 is seated before e4 in the draw order.
        var spec = DeclaredExcept();
        foreach (var (voter, candidate) in new[] { ("e1", "e4"), ("e2", "e4"), ("e3", "e2"), ("e4", "e2"), ("r1", "e3") })
        {
            spec.Given(new VoteForChair(Specs.MemberActor(voter), candidate));
        }

        Assert.Equal(new ChairElected("e2", TieBroken: true), spec.Only<ChairElected>());
    }

    [Fact]
    public void starting_the_review_without_a_chair_is_rejected() =>
        DeclaredExcept().Rejects(new StartReview(Host), OpeningRejections.ChairNotElected);

    [Fact]
    public void only_the_chair_concludes_the_review() =>
        Specs.ReviewSubmitted(Specs.InReview()).Rejects(new Domain.Review.ConcludeReview(Specs.MemberActor("e2")), CommitteeRejections.NotChair);
}
