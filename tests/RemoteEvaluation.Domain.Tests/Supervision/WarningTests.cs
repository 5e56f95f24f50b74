using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Domain.Supervision;
using RemoteEvaluation.Domain.Tests.Infrastructure;
using static RemoteEvaluation.Domain.Tests.Infrastructure.People;

namespace RemoteEvaluation.Domain.Tests.Supervision;

public class WarningTests
{
    [Fact]
    public void a_supervisor_warns_the_whole_session()
    {
        var spec = Specs.Opened();

        var issued = Assert.IsType<WarningIssued>(Assert.Single(spec.When(new IssueWarning(Supervisor, null, "  No phones in the evaluation rooms.  "))));

        Assert.Equal(new WarningIssued(Supervisor.PersonId, null, "No phones in the evaluation rooms.", spec.Now), issued);
    }

    [Theory]
    [InlineData(Ningbo)]
    [InlineData(HostSite)]
    public void a_supervisor_warns_one_centre_of_the_session(string site)
    {
        var issued = Assert.IsType<WarningIssued>(Assert.Single(Specs.Opened().When(new IssueWarning(Supervisor, site, "Two people are talking in your room."))));

        Assert.Equal(site, issued.ToSiteId);
    }

    [Fact]
    public void a_warning_to_a_centre_outside_the_session_is_refused()
    {
        Specs.Opened().Rejects(new IssueWarning(Supervisor, "SH", "Hello"), WarningRejections.UnknownSite);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t ")]
    public void an_empty_warning_is_refused(string text)
    {
        Specs.Opened().Rejects(new IssueWarning(Supervisor, null, text), WarningRejections.EmptyText);
    }

    [Fact]
    public void a_warning_over_the_length_limit_is_refused_and_one_at_the_limit_is_issued()
    {
        Specs.Opened().Rejects(new IssueWarning(Supervisor, null, new string('x', WarningLimits.MaxLength + 1)), WarningRejections.TextTooLong);
        Assert.Single(Specs.Opened().When(new IssueWarning(Supervisor, null, new string('x', WarningLimits.MaxLength))));
    }

    [Theory]
    [MemberData(nameof(NotSupervisors))]
    public void only_a_supervisor_warns(Actor by)
    {
        Specs.Opened().Rejects(new IssueWarning(by, null, "Hello"), SessionRejections.WrongRole);
    }

    public static TheoryData<Actor> NotSupervisors => [Host, NingboStaff, Expert("e1", HostSite), Representative("r1"), Auditor, Coordinator, Bidder("A"), Actor.System];

    [Fact]
    public void a_supervisor_warns_while_the_session_is_suspended()
    {
        var spec = Specs.Opened().Given(new SuspendSession(Host, "Link to NB down"));

        Assert.Single(spec.When(new IssueWarning(Supervisor, Wenzhou, "Stay in the room while the link is repaired.")));
    }

    [Fact]
    public void no_warning_before_the_session_is_scheduled()
    {
        new SessionSpec().Rejects(new IssueWarning(Supervisor, null, "Hello"), SessionRejections.NotScheduled);
    }

    [Fact]
    public void no_warning_after_the_session_closes()
    {
        Specs.Closed().Rejects(new IssueWarning(Supervisor, null, "Too late"), SessionRejections.WrongPhase);
    }
}
