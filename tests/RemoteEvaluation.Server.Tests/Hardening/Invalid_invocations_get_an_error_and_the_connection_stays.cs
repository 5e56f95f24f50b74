using RemoteEvaluation.Client;
using RemoteEvaluation.Contracts;

namespace RemoteEvaluation.Server.Tests.Hardening;

public sealed class Invalid_invocations_get_an_error_and_the_connection_stays
{
    [Fact]
    public async Task an_unknown_method_gets_an_error_and_the_connection_keeps_working()
    {
        await using var server = LiveServer.Start();
        var other = await OtherSession.OpenAsync(server);
        await ScoringSession.OpenAsync(server.Grains, "s1");
        var expert = await server.JoinAsync("s1", "e1");

        var error = await Assert.ThrowsAsync<HubInvocationException>(() => expert.InvokeAsync<object>("DropTheTables", "s1"));

        Assert.Contains("does not exist", error.Error.Message, StringComparison.Ordinal);
        Assert.Equal("s1", (await expert.InvokeAsync<SessionJoined>("Join", "s1")).SessionId);
        await other.ProgressesAsync();
    }

    [Theory]
    [InlineData("a score sheet part that is no part", "[\"s1\",\"c-1\",\"e1\",\"A\",\"Sideways\",[]]")]
    [InlineData("scores that are text", "[\"s1\",\"c-1\",\"e1\",\"A\",\"Technical\",\"eight\"]")]
    [InlineData("an object for the session id", "[{\"id\":\"s1\"},\"c-1\",\"e1\",\"A\",\"Technical\",[]]")]
    [InlineData("too few arguments", "[\"s1\"]")]
    public async Task arguments_of_the_wrong_type_or_number_get_an_error_and_record_nothing(string _, string arguments)
    {
        await using var server = LiveServer.Start();
        var other = await OtherSession.OpenAsync(server);
        await ScoringSession.OpenAsync(server.Grains, "s1");
        var expert = await server.JoinAsync("s1", "e1");
        var before = (await expert.InvokeAsync<SessionJoined>("Join", "s1")).Version;
        await using var raw = await RawHubSocket.OpenAsync(server.HubUrl, server.MemberToken("s1", "e1"));

        await raw.SendTextAsync($"{{\"type\":1,\"invocationId\":\"1\",\"target\":\"SubmitScoreSheet\",\"arguments\":{arguments}}}" + RawHubSocket.Separator);

        var completion = await raw.ReadMessageAsync();
        Assert.NotNull(completion);
        Assert.Contains("\"type\":3", completion, StringComparison.Ordinal);
        Assert.Contains("\"error\"", completion, StringComparison.Ordinal);
        Assert.Equal(before, (await expert.InvokeAsync<SessionJoined>("Join", "s1")).Version);
        await other.ProgressesAsync();
    }
}
