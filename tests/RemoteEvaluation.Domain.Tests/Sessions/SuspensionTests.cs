using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Domain.Settings;
using RemoteEvaluation.Domain.Tests.Infrastructure;
using static RemoteEvaluation.Domain.Tests.Infrastructure.People;

namespace RemoteEvaluation.Domain.Tests.Sessions;

public class SuspensionTests
{
    [Fact]
    public void a_fault_before_the_start_may_delay_it_by_the_before_start_limit()
    {
        var spec = Specs.CheckedIn().At(Specs.Start.AddMinutes(-10)).Given(new SuspendSession(Host, "Video link to NB down"));

        var suspended = spec.Only<SessionSuspended>();
        Assert.True(suspended.BeforeStart);
        Assert.Equal(Specs.Start + TimeSpan.FromHours(2), suspended.Deadline);
    }

    [Fact]
    public void a_fault_during_the_session_may_last_the_during_limit_from_the_settings()
    {
        var settings = EvaluationSettings.Default with { MaxInterruptionDuringSession = TimeSpan.FromHours(3) };
        var spec = Specs.InReview(settings).Later(TimeSpan.FromHours(1)).Given(new SuspendSession(Host, "Power cut at WZ"));

        Assert.Equal(spec.Now + TimeSpan.FromHours(3), spec.Only<SessionSuspended>().Deadline);
        Assert.False(spec.Only<SessionSuspended>().BeforeStart);
    }

    [Fact]
    public void resuming_within_the_limit_lets_the_session_continue_in_its_phase()
    {
        var spec = Specs.InReview().Given(new SuspendSession(Host, "Power cut at WZ")).Later(TimeSpan.FromHours(4)).Given(new ResumeSession(Host));

        Assert.False(spec.State.IsSuspended);
        Assert.Equal(SessionPhase.Review, spec.State.Phase);
    }

    [Fact]
    public void resuming_after_the_limit_is_rejected() =>
        Specs.InReview().Given(new SuspendSession(Host, "Power cut at WZ")).Later(TimeSpan.FromHours(4) + TimeSpan.FromSeconds(1))
            .Rejects(new ResumeSession(Host), SessionRejections.SuspensionLimitExceeded);

    [Fact]
    public void a_session_past_its_limit_is_abandoned()
    {
        var spec = Specs.InReview().Given(new SuspendSession(Host, "Power cut at WZ")).Later(TimeSpan.FromHours(5))
            .Given(new AbandonSession(Host, "Link not restored within 4 hours"));

        Assert.Equal(SessionPhase.Abandoned, spec.State.Phase);
    }

    [Fact]
    public void the_system_abandons_a_session_whose_suspension_outlasted_its_limit()
    {
        var spec = Specs.InReview().Given(new SuspendSession(Host, "Power cut at WZ")).Later(TimeSpan.FromHours(4) + TimeSpan.FromSeconds(1))
            .Given(new AbandonSession(Actor.System, "Suspension limit passed"));

        Assert.Equal(SessionPhase.Abandoned, spec.State.Phase);
    }

    [Fact]
    public void the_system_cannot_abandon_a_session_within_its_limit() =>
        Specs.InReview().Given(new SuspendSession(Host, "Power cut at WZ")).Later(TimeSpan.FromHours(4))
            .Rejects(new AbandonSession(Actor.System, "Suspension limit passed"), SessionRejections.SuspensionWithinLimit);

    [Fact]
    public void only_a_person_resumes_so_resuming_by_the_system_is_the_wrong_role() =>
        Specs.InReview().Given(new SuspendSession(Host, "Power cut at WZ")).Rejects(new ResumeSession(Actor.System), SessionRejections.WrongRole);

    [Fact]
    public void an_abandoned_session_cannot_be_abandoned_again() =>
        Specs.InReview().Given(new SuspendSession(Host, "Power cut at WZ")).Later(TimeSpan.FromHours(5))
            .Given(new AbandonSession(Host, "Link not restored within 4 hours"))
            .Rejects(new AbandonSession(Actor.System, "Suspension limit passed"), SessionRejections.NotSuspended);

    [Fact]
    public void abandoning_within_the_limit_is_rejected() =>
        Specs.InReview().Given(new SuspendSession(Host, "Power cut at WZ")).Later(TimeSpan.FromHours(1))
            .Rejects(new AbandonSession(Host, "impatient"), SessionRejections.SuspensionWithinLimit);

    [Fact]
    public void abandoning_without_a_reason_is_rejected() =>
        Specs.InReview().Given(new SuspendSession(Host, "Power cut at WZ")).Later(TimeSpan.FromHours(5))
            .Rejects(new AbandonSession(Host, ""), SessionRejections.ReasonRequired);

    [Fact]
    public void suspending_without_a_reason_is_rejected() =>
        Specs.InReview().Rejects(new SuspendSession(Host, " "), SessionRejections.ReasonRequired);

    [Fact]
    public void resuming_a_running_session_is_rejected() =>
        Specs.InReview().Rejects(new ResumeSession(Host), SessionRejections.NotSuspended);

    [Fact]
    public void a_closed_session_cannot_be_suspended() =>
        Specs.Closed().Rejects(new SuspendSession(Host, "late fault"), SessionRejections.WrongPhase);
}
