using RemoteEvaluation.Domain.Experts;

namespace RemoteEvaluation.Domain.Tests.Experts;

public sealed class ExpertRejectionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void suspending_an_expert_without_a_reason_is_rejected(string reason)
    {
        var state = Apply(ExpertState.Empty, ExpertRegistryTests.Registration());

        var decision = ExpertDecider.Decide(state, new ChangeStatus(ExpertStatus.Suspended, reason), Now);

        AssertRejected(ExpertRejections.FieldRequired, decision);
        Assert.Equal(ExpertStatus.Active, state.Status);
    }

    [Fact]
    public void settling_a_negative_fee_is_rejected()
    {
        var state = Apply(ExpertState.Empty, ExpertRegistryTests.Registration());

        var decision = ExpertDecider.Decide(state, new SettleFee(new FeeEntry("s-1", -0.01m, "评标劳务费", Now)), Now);

        AssertRejected(ExpertRejections.InvalidAmount, decision);
        Assert.Empty(state.Fees);
    }

    [Fact]
    public void a_conduct_record_with_a_negative_count_is_rejected()
    {
        var state = Apply(ExpertState.Empty, ExpertRegistryTests.Registration());

        var decision = ExpertDecider.Decide(state, new RecordSessionConduct(ExpertRegistryTests.Conduct("s-1") with { Deviations = -1 }), Now);

        AssertRejected(ExpertRejections.InvalidCount, decision);
    }

    [Theory]
    [InlineData("", "迟到")]
    [InlineData("s-1", " ")]
    public void a_conduct_record_without_its_session_or_with_an_empty_remark_is_rejected(string sessionId, string remark)
    {
        var state = Apply(ExpertState.Empty, ExpertRegistryTests.Registration());

        var decision = ExpertDecider.Decide(state, new RecordSessionConduct(ExpertRegistryTests.Conduct(sessionId) with { Remarks = [remark] }), Now);

        AssertRejected(ExpertRejections.FieldRequired, decision);
    }

    private static void AssertRejected(string code, Decision<ExpertEvent> decision)
    {
        Assert.Equal(code, decision.Rejection?.Code);
        Assert.Empty(decision.Events);
        Assert.False(string.IsNullOrWhiteSpace(decision.Rejection?.Message));
    }

    private static ExpertState Apply(ExpertState state, ExpertCommand command)
    {
        var decision = ExpertDecider.Decide(state, command, Now);
        Assert.False(decision.IsRejected, decision.Rejection?.ToString());
        return decision.Events.Aggregate(state, ExpertDecider.Evolve);
    }
}
