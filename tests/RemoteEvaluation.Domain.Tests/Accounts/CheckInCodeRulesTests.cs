using RemoteEvaluation.Domain.CheckInCodes;

namespace RemoteEvaluation.Domain.Tests.Accounts;

public sealed class CheckInCodeRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly IssueCheckInCode Issue = new("s-1", "e2", "site-nb", "staff.nb", "hash", Now.AddMinutes(10));

    [Fact]
    public void an_issued_code_is_redeemed_once()
    {
        var issued = Evolve(CheckInCodeState.Empty, CheckInCodeDecider.Decide(CheckInCodeState.Empty, Issue, Now));

        var redeemed = CheckInCodeDecider.Decide(issued, new RedeemCheckInCode(), Now.AddMinutes(1));
        var used = Evolve(issued, redeemed);

        Assert.Equal(new CheckInCodeRedeemed(Now.AddMinutes(1)), redeemed.Events.Single());
        Assert.Equal(CheckInCodeRejections.AlreadyUsed, CheckInCodeDecider.Decide(used, new RedeemCheckInCode(), Now.AddMinutes(2)).Rejection?.Code);
    }

    [Fact]
    public void a_code_expires_at_its_expiry_time_exactly()
    {
        var issued = Evolve(CheckInCodeState.Empty, CheckInCodeDecider.Decide(CheckInCodeState.Empty, Issue, Now));

        Assert.False(CheckInCodeDecider.Decide(issued, new RedeemCheckInCode(), Now.AddMinutes(10).AddTicks(-1)).IsRejected);
        Assert.Equal(CheckInCodeRejections.Expired, CheckInCodeDecider.Decide(issued, new RedeemCheckInCode(), Now.AddMinutes(10)).Rejection?.Code);
    }

    [Fact]
    public void a_code_must_be_issued_once_complete_and_for_the_future()
    {
        var issued = Evolve(CheckInCodeState.Empty, CheckInCodeDecider.Decide(CheckInCodeState.Empty, Issue, Now));

        Assert.Equal(CheckInCodeRejections.AlreadyIssued, CheckInCodeDecider.Decide(issued, Issue, Now).Rejection?.Code);
        Assert.Equal(CheckInCodeRejections.FieldRequired, CheckInCodeDecider.Decide(CheckInCodeState.Empty, Issue with { SecretHash = "" }, Now).Rejection?.Code);
        Assert.Equal(CheckInCodeRejections.Expired, CheckInCodeDecider.Decide(CheckInCodeState.Empty, Issue with { ExpiresAt = Now }, Now).Rejection?.Code);
        Assert.Equal(CheckInCodeRejections.Unknown, CheckInCodeDecider.Decide(CheckInCodeState.Empty, new RedeemCheckInCode(), Now).Rejection?.Code);
    }

    [Fact]
    public void the_issued_event_keeps_the_hash_and_who_issued_it()
    {
        var issued = (CheckInCodeIssued)CheckInCodeDecider.Decide(CheckInCodeState.Empty, Issue, Now).Events.Single();

        Assert.Equal(new CheckInCodeIssued("s-1", "e2", "site-nb", "staff.nb", "hash", Now, Now.AddMinutes(10)), issued);
    }

    private static CheckInCodeState Evolve(CheckInCodeState state, Decision<CheckInCodeEvent> decision) =>
        decision.Events.Aggregate(state, CheckInCodeDecider.Evolve);
}
