using RemoteEvaluation.Domain.Clarifications;
using RemoteEvaluation.Domain.Tests.Infrastructure;
using static RemoteEvaluation.Domain.Tests.Infrastructure.People;

namespace RemoteEvaluation.Domain.Tests.Clarifications;

public class ClarificationTests
{
    private static SessionSpec Requested() =>
        Specs.InReview().Given(new RequestClarification(Specs.Chair, "cl-1", "B", "Confirm that the bid price includes VAT."));

    [Fact]
    public void the_bidders_answer_is_recorded_with_the_attachment_hash()
    {
        var spec = Requested().Given(new AnswerClarification(Bidder("B"), "cl-1", "Yes, 9% VAT included.", SampleCommands.Hash.ToUpperInvariant()));

        var c = Assert.Single(spec.State.Clarifications);
        Assert.Equal(("Yes, 9% VAT included.", SampleCommands.Hash), (c.Answer, c.AttachmentSha256));
    }

    [Fact]
    public void only_the_chair_requests_a_clarification_for_the_committee() =>
        Specs.InReview().Rejects(new RequestClarification(Specs.MemberActor("e2"), "cl-1", "B", "?"), Domain.Committee.CommitteeRejections.NotChair);

    [Fact]
    public void a_clarification_id_used_twice_is_rejected() =>
        Requested().Rejects(new RequestClarification(Specs.Chair, "cl-1", "A", "Another question"), ClarificationRejections.DuplicateId);

    [Fact]
    public void a_clarification_to_an_unknown_bidder_is_rejected() =>
        Specs.InReview().Rejects(new RequestClarification(Specs.Chair, "cl-1", "Z", "?"), ClarificationRejections.UnknownBid);

    [Fact]
    public void a_clarification_without_a_question_is_rejected() =>
        Specs.InReview().Rejects(new RequestClarification(Specs.Chair, "cl-1", "A", " "), ClarificationRejections.TextRequired);

    [Fact]
    public void another_bidder_cannot_answer() =>
        Requested().Rejects(new AnswerClarification(Bidder("A"), "cl-1", "We would like to answer too."), ClarificationRejections.NotAddressedToYou);

    [Fact]
    public void an_answer_cannot_be_changed() =>
        Requested().Given(new AnswerClarification(Bidder("B"), "cl-1", "Yes."))
            .Rejects(new AnswerClarification(Bidder("B"), "cl-1", "Actually no."), ClarificationRejections.AlreadyAnswered);

    [Fact]
    public void an_attachment_hash_that_is_not_sha256_is_rejected() =>
        Requested().Rejects(new AnswerClarification(Bidder("B"), "cl-1", "See attachment.", "abc123"), ClarificationRejections.InvalidAttachmentHash);

    [Fact]
    public void an_empty_answer_is_rejected() =>
        Requested().Rejects(new AnswerClarification(Bidder("B"), "cl-1", ""), ClarificationRejections.TextRequired);
}
