using RemoteEvaluation.Domain.Scoring;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Domain.Settings;
using RemoteEvaluation.Domain.Tests.Infrastructure;
using static RemoteEvaluation.Domain.Tests.Infrastructure.People;

namespace RemoteEvaluation.Domain.Tests.Sessions;

public class SchedulingTests
{
    private static SessionSpec Fresh() => new SessionSpec().At(Specs.Start.AddDays(-1));

    private static ScheduleSession Schedule(EvaluationSettings? settings = null) =>
        new(Host, "ZJ-1", "Library", HostSite, Specs.Start, 1_000_000m, settings);

    [Fact]
    public void scheduling_records_the_settings_so_replays_decide_the_same_way()
    {
        var settings = EvaluationSettings.Default with { RoundingDecimals = 3, Aggregation = AggregationRule.DropHighestAndLowest };
        var spec = Fresh().Given(Schedule(settings));

        Assert.Equal(settings, spec.Only<SessionScheduled>().Settings);
        Assert.Equal(3, spec.State.Settings.RoundingDecimals);
        Assert.Equal(SessionPhase.Scheduled, spec.State.Phase);
    }

    [Fact]
    public void scheduling_twice_is_rejected() =>
        Fresh().Given(Schedule()).Rejects(Schedule(), SessionRejections.AlreadyScheduled);

    [Fact]
    public void scheduling_in_the_past_is_rejected() =>
        Fresh().At(Specs.Start.AddMinutes(1)).Rejects(Schedule(), SessionRejections.StartInPast);

    [Fact]
    public void scheduling_without_a_project_name_is_rejected() =>
        Fresh().Rejects(Schedule() with { ProjectName = " " }, SessionRejections.FieldRequired);

    [Fact]
    public void scheduling_with_a_committee_minimum_below_five_is_rejected() =>
        Fresh().Rejects(Schedule(EvaluationSettings.Default with { MinimumCommitteeSize = 3 }), SessionRejections.InvalidSettings);

    [Fact]
    public void scheduling_another_centres_session_is_rejected() =>
        Fresh().Rejects(Schedule() with { By = Host with { SiteId = Ningbo } }, SessionRejections.WrongSite);

    [Fact]
    public void linking_before_scheduling_is_rejected() =>
        Fresh().Rejects(new LinkRemoteSite(Host, Ningbo), SessionRejections.NotScheduled);

    [Fact]
    public void linking_the_host_as_remote_is_rejected() =>
        Fresh().Given(Schedule()).Rejects(new LinkRemoteSite(Host, HostSite), SessionRejections.SiteIsHost);

    [Fact]
    public void linking_a_centre_twice_is_rejected() =>
        Fresh().Given(Schedule(), new LinkRemoteSite(Host, Ningbo)).Rejects(new LinkRemoteSite(Coordinator, Ningbo), SessionRejections.SiteAlreadyLinked);

    [Fact]
    public void a_coordinator_may_link_a_remote_centre()
    {
        var spec = Fresh().Given(Schedule(), new LinkRemoteSite(Coordinator, Ningbo));
        Assert.Contains(Ningbo, spec.State.RemoteSiteIds);
    }

    [Fact]
    public void adopting_criteria_twice_is_rejected() =>
        Specs.Scheduled().Rejects(new AdoptCriteria(Host, TestCriteria.LowestPrice), CriteriaRejections.AlreadyAdopted);

    [Fact]
    public void registering_bids_twice_is_rejected() =>
        Specs.Scheduled().Rejects(new RegisterBids(Host, Specs.Bids), SessionRejections.BidsAlreadyRegistered);

    [Fact]
    public void registering_a_bidder_twice_is_rejected() =>
        Fresh().Given(Schedule()).Rejects(new RegisterBids(Host, [Specs.Bids[0], Specs.Bids[0]]), SessionRejections.BidsInvalid);

    [Fact]
    public void registering_a_bid_without_a_price_is_rejected() =>
        Fresh().Given(Schedule()).Rejects(new RegisterBids(Host, [Specs.Bids[0] with { Price = 0 }]), SessionRejections.BidsInvalid);

    [Fact]
    public void opening_without_criteria_is_rejected() =>
        Fresh().Given(Schedule()).Rejects(new OpenSession(Host), SessionRejections.CriteriaMissing);

    [Fact]
    public void opening_without_bids_is_rejected() =>
        Fresh().Given(Schedule(), new AdoptCriteria(Host, TestCriteria.Comprehensive)).Rejects(new OpenSession(Host), SessionRejections.BidsMissing);

    [Fact]
    public void host_staff_acting_from_a_remote_centre_are_rejected() =>
        Specs.CheckedIn().Rejects(new OpenSession(Host with { SiteId = Ningbo }), SessionRejections.WrongSite);
}
