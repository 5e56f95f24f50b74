using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Domain.Supervision;
using RemoteEvaluation.Domain.Tests.Infrastructure;
using RemoteEvaluation.Domain.Visibility;
using static RemoteEvaluation.Domain.Tests.Infrastructure.People;

namespace RemoteEvaluation.Domain.Tests.Supervision;

/// <summary>A warning reaches the host and the centre it names (its staff and checked-in members), or everyone.</summary>
public class WarningVisibilityTests
{
    private static readonly SessionState Opened = Specs.Opened().State;

    [Theory]
    [InlineData(null, true, true, true)]
    [InlineData(Ningbo, true, true, false)]
    [InlineData(Wenzhou, true, false, false)]
    public void a_warning_is_seen_by_the_host_and_the_centre_it_names(string? to, bool host, bool ningbo, bool wenzhouExpert)
    {
        var warning = new WarningIssued(Supervisor.PersonId, to, "Keep order.", Specs.Start);
        var wenzhouMember = Opened.Members.First(m => m.Member.SiteId == Wenzhou && m.CheckedInAt is not null).PersonId;

        Assert.Equal(host, Sees(Host, warning));
        Assert.Equal(ningbo, Sees(NingboStaff, warning));
        Assert.Equal(to is null || to == Wenzhou, Sees(WenzhouStaff, warning));
        Assert.Equal(wenzhouExpert || to == Wenzhou, Sees(Expert(wenzhouMember, Wenzhou), warning));
        Assert.True(Sees(Auditor, warning));
    }

    private static bool Sees(Actor audience, WarningIssued warning) => EventVisibility.For(Opened, warning, audience) is not Sight.HiddenEvent;
}
