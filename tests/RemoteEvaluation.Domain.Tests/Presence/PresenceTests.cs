using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Presence;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Domain.Tests.Infrastructure;
using static RemoteEvaluation.Domain.Tests.Infrastructure.People;

namespace RemoteEvaluation.Domain.Tests.Presence;

public class PresenceTests
{
    private static readonly Actor Server = Actor.System;

    [Fact]
    public void a_connection_is_recorded_with_who_and_from_where()
    {
        var spec = Specs.Opened();

        var connected = Assert.IsType<ParticipantConnected>(Assert.Single(spec.When(new RecordConnected(Server, NingboStaff, "c-1"))));

        Assert.Equal(new ParticipantConnected("c-1", NingboStaff.PersonId, ActorRole.SiteStaff, Ningbo, spec.Now), connected);
        Assert.Equal(new Attendee(NingboStaff.PersonId, ActorRole.SiteStaff, Ningbo, spec.Now), spec.State.Presence.Connections["c-1"]);
    }

    [Fact]
    public void a_connection_recorded_twice_records_nothing_the_second_time()
    {
        var spec = Specs.Opened().Given(new RecordConnected(Server, NingboStaff, "c-1"));

        Assert.Empty(spec.When(new RecordConnected(Server, NingboStaff, "c-1")));
    }

    [Fact]
    public void a_disconnection_closes_the_recorded_connection()
    {
        var spec = Specs.Opened().Given(new RecordConnected(Server, Supervisor, "c-9"));

        var left = Assert.IsType<ParticipantDisconnected>(Assert.Single(spec.Later(TimeSpan.FromMinutes(3)).When(new RecordDisconnected(Server, "c-9"))));

        Assert.Equal(ActorRole.Supervisor, left.Role);
        Assert.Empty(spec.State.Presence.Connections);
    }

    [Fact]
    public void disconnecting_an_unknown_connection_records_nothing()
    {
        Assert.Empty(Specs.Opened().When(new RecordDisconnected(Server, "never-seen")));
    }

    [Fact]
    public void a_connection_needs_an_id()
    {
        Specs.Opened().Rejects(new RecordConnected(Server, NingboStaff, " "), PresenceRejections.ConnectionRequired);
    }

    [Fact]
    public void presence_is_recorded_while_suspended_but_not_after_the_close()
    {
        Assert.Single(Specs.Opened().Given(new SuspendSession(Host, "Link down")).When(new RecordConnected(Server, NingboStaff, "c-1")));
        Specs.Closed().Rejects(new RecordConnected(Server, NingboStaff, "c-1"), SessionRejections.WrongPhase);
    }

    [Fact]
    public void a_silent_centre_is_recorded_with_its_checked_in_members()
    {
        var spec = Specs.Opened().Later(TimeSpan.FromMinutes(1));
        var lastHeard = spec.Now.AddSeconds(-40);

        var silent = Assert.IsType<SiteWentSilent>(Assert.Single(spec.When(new RecordSiteSilent(Server, Ningbo, lastHeard))));

        Assert.Equal(new SiteWentSilent(Ningbo, lastHeard, 2, spec.Now), silent);
        Assert.True(spec.State.Presence.IsSilent(Ningbo));
    }

    [Fact]
    public void a_centre_already_silent_records_nothing_more()
    {
        var spec = Specs.Opened().Given(new RecordSiteSilent(Server, Ningbo, Specs.Start));

        Assert.Empty(spec.When(new RecordSiteSilent(Server, Ningbo, Specs.Start.AddSeconds(5))));
    }

    [Fact]
    public void a_silent_centre_comes_back_once()
    {
        var spec = Specs.Opened().Given(new RecordSiteSilent(Server, Wenzhou, Specs.Start)).Later(TimeSpan.FromMinutes(2));

        var back = Assert.IsType<SiteCameBack>(Assert.Single(spec.When(new RecordSiteBack(Server, Wenzhou))));

        Assert.Equal(new SiteCameBack(Wenzhou, Specs.Start, spec.Now), back);
        Assert.False(spec.State.Presence.IsSilent(Wenzhou));
        Assert.Empty(spec.When(new RecordSiteBack(Server, Wenzhou)));
    }

    [Fact]
    public void silence_is_recorded_only_for_a_centre_of_the_session()
    {
        Specs.Opened().Rejects(new RecordSiteSilent(Server, "SH", Specs.Start), PresenceRejections.UnknownSite);
        Specs.Opened().Rejects(new RecordSiteBack(Server, "SH"), PresenceRejections.UnknownSite);
    }

    [Fact]
    public void presence_is_recorded_by_the_service_never_by_a_participant()
    {
        Specs.Opened().Rejects(new RecordConnected(NingboStaff, NingboStaff, "c-1"), SessionRejections.WrongRole);
        Specs.Opened().Rejects(new RecordConnected(Supervisor, Supervisor, "c-1"), SessionRejections.WrongRole);
    }

    [Fact]
    public void silence_is_recorded_by_the_service_not_by_host_staff()
    {
        Specs.Opened().Rejects(new RecordSiteSilent(NingboStaff, Wenzhou, Specs.Start), SessionRejections.WrongRole);
        Specs.Opened().Rejects(new RecordSiteSilent(Host, Wenzhou, Specs.Start), SessionRejections.WrongRole);
    }

    [Fact]
    public void the_service_may_suspend_a_session_when_a_centre_goes_silent()
    {
        var spec = Specs.Opened();

        var suspended = Assert.IsType<SessionSuspended>(Assert.Single(spec.When(new SuspendSession(Actor.System, "Centre Ningbo went silent."))));

        Assert.Equal("Centre Ningbo went silent.", suspended.Reason);
    }
}
