using RemoteEvaluation.Domain.Draw;
using RemoteEvaluation.Domain.Experts;
using static RemoteEvaluation.Domain.Tests.Draw.DrawScenario;

namespace RemoteEvaluation.Domain.Tests.Draw;

public sealed class PoolIndexTests
{
    [Fact]
    public void selecting_by_class_and_province_returns_exactly_the_experts_that_can_match_sorted_by_id()
    {
        var jiangsu = RegionCode.Parse("320102");
        List<PoolExpert> pool =
        [
            new("e-9", Expert(Ningbo, "C0501")),
            new("e-1", Expert(Ningbo, "C0601", "C0502")),
            new("e-5", Expert(Ningbo, "D0101")),
            new("e-3", Expert(jiangsu, "C0501")),
            new("e-2", Expert(Wenzhou, "C0503", "C0504")),
        ];
        var index = new PoolIndex(pool);

        Assert.Equal(["e-1", "e-2", "e-9"], index.Select(["C0501"], p => p == "330000").Select(e => e.ExpertId));
        Assert.Equal(["e-3"], index.Select(["C05"], p => p != "330000").Select(e => e.ExpertId));
        Assert.Equal(["e-1", "e-5"], index.Select(["C06", "D01"], _ => true).Select(e => e.ExpertId));
        Assert.Equal(["e-1", "e-2", "e-3", "e-5", "e-9"], index.All.Select(e => e.ExpertId));
    }
}
