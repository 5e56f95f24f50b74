using RemoteEvaluation.Domain.CheckInCodes;
using RemoteEvaluation.Grains.CheckInCodes;
using RemoteEvaluation.Grains.EventSourcing;

namespace RemoteEvaluation.Grains.Tests.Accounts;

public abstract class CheckInCodeGrainTests : GrainTest
{

    [Fact]
    public async Task two_nodes_redeeming_one_code_at_once_let_exactly_one_win()
    {
        await using var one = new Node(Fixture.Store, Fixture.Time);
        await using var two = new Node(Fixture.Store, Fixture.Time);
        await one.Grains.GetGrain<ICheckInCodeGrain>("s-1:ABCD").ExecuteAsync(Issue(), new CommandContext("issue"));
        await two.Grains.GetGrain<ICheckInCodeGrain>("s-1:ABCD").GetStateAsync(); // both activations are warm and agree

        var results = await Task.WhenAll(
            one.Grains.GetGrain<ICheckInCodeGrain>("s-1:ABCD").ExecuteAsync(new RedeemCheckInCode(), new CommandContext("redeem-1")),
            two.Grains.GetGrain<ICheckInCodeGrain>("s-1:ABCD").ExecuteAsync(new RedeemCheckInCode(), new CommandContext("redeem-2")));

        Assert.Single(results, r => r.Accepted);
        Assert.Single(results, r => r.Rejection?.Code == CheckInCodeRejections.AlreadyUsed);
    }

    [Fact]
    public async Task a_code_cannot_be_redeemed_once_it_expired()
    {
        await using var node = NewNode();
        var code = node.Grains.GetGrain<ICheckInCodeGrain>("s-1:ABCD");
        await code.ExecuteAsync(Issue(), new CommandContext("issue"));

        Fixture.Time.Advance(TimeSpan.FromMinutes(10));
        var result = await code.ExecuteAsync(new RedeemCheckInCode(), new CommandContext("redeem"));

        Assert.Equal(CheckInCodeRejections.Expired, result.Rejection?.Code);
    }

    [Fact]
    public async Task an_unknown_code_cannot_be_redeemed_and_a_code_id_is_issued_only_once()
    {
        await using var node = NewNode();

        var unknown = await node.Grains.GetGrain<ICheckInCodeGrain>("s-1:ZZZZ").ExecuteAsync(new RedeemCheckInCode(), new CommandContext("redeem"));
        await node.Grains.GetGrain<ICheckInCodeGrain>("s-1:ABCD").ExecuteAsync(Issue(), new CommandContext("issue-1"));
        var twice = await node.Grains.GetGrain<ICheckInCodeGrain>("s-1:ABCD").ExecuteAsync(Issue(), new CommandContext("issue-2"));

        Assert.Equal(CheckInCodeRejections.Unknown, unknown.Rejection?.Code);
        Assert.Equal(CheckInCodeRejections.AlreadyIssued, twice.Rejection?.Code);
    }

    private IssueCheckInCode Issue() =>
        new("s-1", "e2", "site-nb", "staff.nb", "secret-hash", Fixture.Time.GetUtcNow().AddMinutes(10));
}

public sealed class CheckInCodeGrainTests_on_SQLite : CheckInCodeGrainTests
{
    protected override StoreVendor Vendor => StoreVendor.Sqlite;
}

public sealed class CheckInCodeGrainTests_on_PostgreSQL : CheckInCodeGrainTests
{
    protected override StoreVendor Vendor => StoreVendor.PostgreSql;
}
