using RemoteEvaluation.Domain.Documents;
using RemoteEvaluation.Domain.Settings;
using RemoteEvaluation.Domain.Tests.Infrastructure;
using RemoteEvaluation.Domain.Visibility;
using static RemoteEvaluation.Domain.Tests.Infrastructure.People;
using static RemoteEvaluation.Domain.Tests.Infrastructure.SampleDocuments;

namespace RemoteEvaluation.Domain.Tests.Visibility;

/// <summary>Who sees which registered document (<see cref="DocumentAccess"/>), and how a registration event reaches members.</summary>
public class DocumentVisibilityTests
{
    private static readonly EvaluationSettings Blind = EvaluationSettings.Default with { BlindTechnicalReview = true };

    private static SessionSpec WithDocuments(SessionSpec spec) => spec.Given(
        Tender("tender"),
        Bid("q-a", "A", DocumentPart.Qualification, "Alpha Construction 资格文件"),
        Bid("t-01", "A", DocumentPart.Technical, "Alpha Construction 技术标"),
        Bid("t-02", "B", DocumentPart.Technical, "Beta Engineering 技术标"),
        Bid("c-a", "A", DocumentPart.Commercial, "Alpha Construction 商务标"));

    private static List<string> Listed(SessionSpec spec, Domain.Actors.Actor audience) =>
        [.. DocumentAccess.Visible(spec.State, audience).Select(d => $"{d.DocumentId} {d.BidderId ?? "-"} {d.Title}")];

    [Fact]
    public void host_staff_and_observers_see_every_document_as_registered()
    {
        var spec = WithDocuments(Specs.Opened(Blind));

        foreach (var audience in new[] { Host, Supervisor, Auditor, Coordinator })
        {
            Assert.Equal(spec.State.Documents, DocumentAccess.Visible(spec.State, audience));
        }
    }

    [Fact]
    public void remote_staff_see_no_document()
    {
        Assert.Empty(DocumentAccess.Visible(WithDocuments(Specs.Opened()).State, NingboStaff));
    }

    [Fact]
    public void host_staff_acting_from_another_centre_see_no_document()
    {
        Assert.Empty(DocumentAccess.Visible(WithDocuments(Specs.Opened()).State, Host with { SiteId = Ningbo }));
    }

    [Fact]
    public void a_member_sees_no_document_before_checking_in_and_all_of_them_after()
    {
        var spec = WithDocuments(Specs.Scheduled());
        Assert.Empty(DocumentAccess.Visible(spec.State, Specs.MemberActor("e2")));

        spec.Given(new RemoteEvaluation.Domain.Attendance.CheckIn(NingboStaff, "e2"));
        Assert.Equal(spec.State.Documents, DocumentAccess.Visible(spec.State, Specs.MemberActor("e2")));
    }

    [Fact]
    public void a_bidder_sees_only_its_own_documents()
    {
        Assert.Equal(["q-a", "t-01", "c-a"], DocumentAccess.Visible(WithDocuments(Specs.Opened()).State, Bidder("A")).Select(d => d.DocumentId));
    }

    [Fact]
    public void in_a_blind_evaluation_a_member_sees_technical_documents_under_their_own_codes_in_their_own_order_and_no_commercial_part()
    {
        var spec = WithDocuments(Specs.Scoring(Blind));
        var codes = spec.State.BlindAssignmentOf("e2")!.Codes.Where(c => c.BidderId is "A" or "B").ToList();
        var byBidder = new Dictionary<string, string> { ["A"] = "t-01", ["B"] = "t-02" };

        Assert.Equal(
            ["tender - 招标文件", "q-a A Alpha Construction 资格文件", .. codes.Select(c => $"{byBidder[c.BidderId]} {c.Code} 技术标 {c.Code}")],
            Listed(spec, Specs.MemberActor("e2")));
    }

    [Fact]
    public void before_scoring_opens_a_blind_technical_document_shows_no_bidder_at_all()
    {
        var spec = WithDocuments(Specs.Opened(Blind));

        var technical = DocumentAccess.Visible(spec.State, Specs.MemberActor("e2")).Where(d => d.Part == DocumentPart.Technical).ToList();

        Assert.Equal(2, technical.Count);
        Assert.All(technical, d => Assert.Equal((null, "技术标（暗标）"), (d.BidderId, d.Title)));
    }

    [Fact]
    public void once_identities_are_revealed_a_member_sees_every_document_as_registered()
    {
        var spec = WithDocuments(Specs.AllSigned(Specs.Scoring(Blind)));

        Assert.True(spec.State.IdentitiesRevealed);
        Assert.Equal(spec.State.Documents, DocumentAccess.Visible(spec.State, Specs.MemberActor("e2")));
    }

    [Fact]
    public void a_registration_event_reaches_a_checked_in_member_of_a_blind_evaluation_without_the_bidder()
    {
        var history = WithDocuments(Specs.Scoring(Blind)).History;

        var seen = VisibilityTests.Seen(history, Specs.MemberActor("e2")).OfType<DocumentRegistered>().ToList();

        Assert.Equal(["tender", "q-a", "t-01", "t-02"], seen.Select(d => d.DocumentId));
        Assert.All(seen.Where(d => d.Part == DocumentPart.Technical), d => Assert.DoesNotContain(d.BidderId ?? string.Empty, new[] { "A", "B" }));
        Assert.All(seen.Where(d => d.Part == DocumentPart.Technical), d => Assert.StartsWith("技术标", d.Title, StringComparison.Ordinal));
    }

    [Fact]
    public void remote_staff_never_get_a_registration_event()
    {
        var history = WithDocuments(Specs.Opened()).History;

        Assert.Empty(VisibilityTests.Seen(history, NingboStaff).OfType<DocumentRegistered>());
    }
}
