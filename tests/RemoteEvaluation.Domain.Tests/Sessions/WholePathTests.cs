using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Domain.Tests.Infrastructure;

namespace RemoteEvaluation.Domain.Tests.Sessions;

public class WholePathTests
{
    [Fact]
    public void the_standard_session_reaches_closed_with_a_ranking()
    {
        var spec = Specs.Closed();

        Assert.Equal(SessionPhase.Closed, spec.State.Phase);
        Assert.Equal(["A", "B", "C"], spec.State.Ranking!.Order);
    }
}
