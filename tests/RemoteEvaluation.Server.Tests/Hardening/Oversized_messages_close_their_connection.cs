namespace RemoteEvaluation.Server.Tests.Hardening;

public sealed class Oversized_messages_close_their_connection
{
    [Fact]
    public async Task a_message_over_32_KiB_closes_its_connection_while_another_session_carries_on()
    {
        await using var server = LiveServer.Start();
        var other = await OtherSession.OpenAsync(server);
        await ScoringSession.OpenAsync(server.Grains, "s1");
        await using var raw = await RawHubSocket.OpenAsync(server.HubUrl, server.MemberToken("s1", "e1"));

        await raw.SendTextAsync(JoinPaddedTo(33 * 1024) + RawHubSocket.Separator);

        var close = Assert.Single(await raw.ReadUntilClosedAsync());
        Assert.Contains("\"type\":7", close, StringComparison.Ordinal);
        await other.ProgressesAsync();
    }

    [Fact]
    public async Task a_message_just_under_32_KiB_is_still_answered()
    {
        await using var server = LiveServer.Start();
        await ScoringSession.OpenAsync(server.Grains, "s1");
        await using var raw = await RawHubSocket.OpenAsync(server.HubUrl, server.MemberToken("s1", "e1"));

        await raw.SendTextAsync(JoinPaddedTo((32 * 1024) - 1) + RawHubSocket.Separator);

        var completion = await raw.ReadMessageAsync();
        Assert.NotNull(completion);
        Assert.Contains("\"type\":3", completion, StringComparison.Ordinal);
        Assert.Contains("hub.invalid_session", completion, StringComparison.Ordinal);
    }

    /// <summary>A Join whose session id is padded so that the whole message is exactly <paramref name="bytes"/> long.</summary>
    private static string JoinPaddedTo(int bytes)
    {
        const string head = "{\"type\":1,\"invocationId\":\"1\",\"target\":\"Join\",\"arguments\":[\"";
        const string tail = "\"]}";
        var message = head + new string('x', bytes - head.Length - tail.Length) + tail;
        Assert.Equal(bytes, message.Length);
        return message;
    }
}
