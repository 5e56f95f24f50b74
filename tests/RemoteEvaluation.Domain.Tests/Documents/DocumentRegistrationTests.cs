using RemoteEvaluation.Domain.Documents;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Domain.Settings;
using RemoteEvaluation.Domain.Tests.Infrastructure;
using static RemoteEvaluation.Domain.Tests.Infrastructure.People;
using static RemoteEvaluation.Domain.Tests.Infrastructure.SampleDocuments;

namespace RemoteEvaluation.Domain.Tests.Documents;

public class DocumentRegistrationTests
{
    private const string OtherHash = "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae";

    [Fact]
    public void host_staff_register_a_bid_part_and_the_session_knows_it()
    {
        var spec = Specs.Scheduled();

        var registered = Assert.IsType<DocumentRegistered>(Assert.Single(spec.When(Bid("bid-a-tech", "A", DocumentPart.Technical, "技术标"))));

        Assert.Equal(new DocumentRegistered("bid-a-tech", "A", DocumentPart.Technical, "技术标", SampleCommands.Hash, 30, 250_000, Host.PersonId, spec.Now), registered);
        Assert.Equal(RegisteredDocument.From(registered), spec.State.Document("bid-a-tech"));
    }

    [Fact]
    public void the_tender_document_belongs_to_no_bidder()
    {
        var spec = Specs.Scheduled().Given(Tender("tender"));

        Assert.Null(spec.State.Document("tender")!.BidderId);
        Specs.Scheduled().Rejects(Tender("tender") with { BidderId = "A" }, DocumentRejections.PartMismatch);
    }

    [Fact]
    public void a_bid_part_names_its_bidder()
    {
        Specs.Scheduled().Rejects(Bid("bid-x", "A", DocumentPart.Commercial) with { BidderId = null }, DocumentRejections.PartMismatch);
    }

    [Fact]
    public void a_bid_part_of_a_bidder_without_a_registered_bid_is_refused()
    {
        Specs.Scheduled().Rejects(Bid("bid-z", "Z", DocumentPart.Qualification), DocumentRejections.UnknownBidder);
    }

    [Fact]
    public void an_undefined_part_is_refused()
    {
        Specs.Scheduled().Rejects(Bid("bid-a", "A", (DocumentPart)9), DocumentRejections.InvalidPart);
    }

    [Fact]
    public void registering_the_same_document_again_records_nothing()
    {
        var spec = Specs.Scheduled().Given(Tender("tender"));

        Assert.Empty(spec.When(Tender("tender") with { Sha256 = SampleCommands.Hash.ToUpperInvariant() }));
    }

    [Fact]
    public void an_id_already_registered_for_other_content_is_refused()
    {
        var spec = Specs.Scheduled().Given(Tender("tender"));

        spec.Rejects(Tender("tender") with { Sha256 = OtherHash }, DocumentRejections.IdTaken);
        spec.Rejects(Tender("tender", "另一个标题"), DocumentRejections.IdTaken);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("slash/inside")]
    [InlineData("中文")]
    public void a_document_id_is_url_safe_ascii(string id)
    {
        Specs.Scheduled().Rejects(Tender(id), DocumentRejections.InvalidId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-hex-not-hex-not-hex-not-hex-not-hex-not-hex-not-hex-not-hexx")]
    [InlineData("9f86d081884c7d659a2feaa0c55ad015")]
    public void a_hash_is_64_hex_characters(string sha256)
    {
        Specs.Scheduled().Rejects(Tender("tender") with { Sha256 = sha256 }, DocumentRejections.InvalidHash);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("line\nbreak")]
    public void a_title_is_printable_and_present(string title)
    {
        Specs.Scheduled().Rejects(Tender("tender", title), DocumentRejections.InvalidTitle);
    }

    [Fact]
    public void a_title_over_the_limit_is_refused()
    {
        Specs.Scheduled().Rejects(Tender("tender", new string('标', DocumentLimits.MaxTitleLength + 1)), DocumentRejections.InvalidTitle);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(DocumentLimits.MaxPage + 1)]
    public void a_page_count_is_at_least_one_and_within_the_limit(int pages)
    {
        Specs.Scheduled().Rejects(Tender("tender") with { Pages = pages }, DocumentRejections.InvalidPageCount);
    }

    [Fact]
    public void an_empty_document_is_refused()
    {
        Specs.Scheduled().Rejects(Tender("tender") with { Bytes = 0 }, DocumentRejections.InvalidSize);
    }

    [Fact]
    public void a_document_over_the_size_limit_is_refused()
    {
        Specs.Scheduled().Rejects(Tender("tender") with { Bytes = DocumentLimits.MaxBytes + 1 }, DocumentRejections.TooLarge);
    }

    [Fact]
    public void in_a_blind_evaluation_a_technical_document_id_must_not_name_its_bidder()
    {
        var blind = Specs.Scheduled(EvaluationSettings.Default with { BlindTechnicalReview = true });

        blind.Rejects(Bid("tech-a", "A", DocumentPart.Technical), DocumentRejections.IdRevealsBidder);
        blind.Rejects(Bid("alpha-construction-tech", "A", DocumentPart.Technical), DocumentRejections.IdRevealsBidder);
        Assert.Single(blind.When(Bid("t-7f3e", "A", DocumentPart.Technical)));
    }

    [Fact]
    public void only_host_staff_of_the_host_centre_register_documents()
    {
        Specs.Scheduled().Rejects(Tender("tender") with { By = NingboStaff }, SessionRejections.WrongRole);
        Specs.Scheduled().Rejects(Tender("tender") with { By = Supervisor }, SessionRejections.WrongRole);
        Specs.Scheduled().Rejects(Tender("tender") with { By = Host with { SiteId = Ningbo } }, SessionRejections.WrongSite);
    }

    [Fact]
    public void documents_are_registered_until_the_report_and_not_after_the_close()
    {
        Assert.Single(Specs.InReport().When(Tender("late-addendum")));
        Specs.Closed().Rejects(Tender("too-late"), SessionRejections.WrongPhase);
    }

    [Fact]
    public void a_rejected_registration_changes_nothing()
    {
        var spec = Specs.Scheduled();
        var before = spec.State;

        spec.Rejects(Bid("bid-z", "Z", DocumentPart.Technical), DocumentRejections.UnknownBidder);

        Assert.Same(before, spec.State);
    }
}
