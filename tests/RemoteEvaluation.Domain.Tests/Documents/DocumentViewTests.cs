using RemoteEvaluation.Domain.Documents;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Domain.Tests.Infrastructure;
using static RemoteEvaluation.Domain.Tests.Infrastructure.People;

namespace RemoteEvaluation.Domain.Tests.Documents;

public class DocumentViewTests
{
    [Fact]
    public void the_presenter_shows_a_document_page_and_it_is_on_screen()
    {
        var spec = Specs.Opened().Presentable();

        var shown = Assert.IsType<DocumentShown>(Assert.Single(spec.When(new ShowDocument(Host, "discipline-notice", 2, 1.5m, 0.25m))));

        Assert.Equal(new DocumentShown("discipline-notice", 2, 1.5m, 0.25m, Host.PersonId, spec.Now), shown);
        Assert.Equal(new DocumentView("discipline-notice", 2, 1.5m, 0.25m), spec.State.OnScreen);
    }

    [Fact]
    public void a_replay_to_any_version_shows_the_page_on_screen_then()
    {
        var spec = Specs.Opened().Presentable().Given(new ShowDocument(Host, "bid-list", 1), new ShowDocument(Host, "bid-list", 3), new ShowDocument(Host, "criteria", 1));

        var upToSecondPage = spec.History.Take(spec.History.FindIndex(e => e is DocumentShown { Page: 3 }) + 1)
            .Aggregate(SessionDecider.Initial, SessionDecider.Evolve);

        Assert.Equal(new DocumentView("bid-list", 3, 1m, 0m), upToSecondPage.OnScreen);
        Assert.Equal(new DocumentView("criteria", 1, 1m, 0m), spec.State.OnScreen);
    }

    [Fact]
    public void showing_what_is_already_on_screen_records_nothing()
    {
        var spec = Specs.Opened().Presentable().Given(new ShowDocument(Host, "bid-list", 4));

        Assert.Empty(spec.When(new ShowDocument(Host, "bid-list", 4)));
    }

    [Fact]
    public void a_document_nobody_registered_cannot_be_shown()
    {
        Specs.Opened().Presentable().Rejects(new ShowDocument(Host, "no-such-document", 1), DocumentRejections.NotRegistered);
    }

    [Fact]
    public void only_host_staff_present()
    {
        Specs.Opened().Presentable().Rejects(new ShowDocument(NingboStaff, "bid-list", 1), SessionRejections.WrongRole);
        Specs.Opened().Presentable().Rejects(new ShowDocument(Specs.MemberActor("e1"), "bid-list", 1), SessionRejections.WrongRole);
        Specs.Opened().Presentable().Rejects(new ShowDocument(Supervisor, "bid-list", 1), SessionRejections.WrongRole);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("bad\nid")]
    public void a_document_id_must_be_printable_and_present(string id)
    {
        Specs.Opened().Presentable().Rejects(new ShowDocument(Host, id, 1), DocumentRejections.InvalidId);
    }

    [Fact]
    public void a_document_id_over_the_limit_is_refused()
    {
        Specs.Opened().Presentable().Rejects(new ShowDocument(Host, new string('d', DocumentLimits.MaxIdLength + 1), 1), DocumentRejections.InvalidId);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(DocumentLimits.MaxPage + 1)]
    public void pages_are_numbered_from_one(int page)
    {
        Specs.Opened().Presentable().Rejects(new ShowDocument(Host, "bid-list", page), DocumentRejections.PageOutOfRange);
    }

    [Theory]
    [InlineData(0.05)]
    [InlineData(0)]
    [InlineData(10.5)]
    public void zoom_stays_within_its_range(decimal zoom)
    {
        Specs.Opened().Presentable().Rejects(new ShowDocument(Host, "bid-list", 1, zoom), DocumentRejections.ZoomOutOfRange);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    public void scroll_is_a_fraction_of_the_page(decimal scroll)
    {
        Specs.Opened().Presentable().Rejects(new ShowDocument(Host, "bid-list", 1, 1m, scroll), DocumentRejections.ScrollOutOfRange);
    }

    [Fact]
    public void nothing_is_presented_while_suspended()
    {
        Specs.Opened().Presentable().Given(new SuspendSession(Host, "Link down")).Rejects(new ShowDocument(Host, "bid-list", 1), SessionRejections.Suspended);
    }
}
