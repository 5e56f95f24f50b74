using System.Net.WebSockets;

namespace RemoteEvaluation.Server.Tests.Hardening;

public sealed class Malformed_frames_close_only_their_connection
{
    public static TheoryData<string> MalformedMessages =>
    [
        "this is not json",
        "{\"type\":1,\"invocationId\":\"1\",\"target\":",
        "[1,2,3]",
        "{\"type\":1,\"invocationId\":\"1\",\"target\":\"Join\",\"arguments\":\"not an array\"}",
        "{\"type\":1,\"invocationId\":7,\"target\":\"Join\",\"arguments\":[\"s\"]}",
        "{\"type\":\"invocation\"}",
    ];

    [Theory]
    [MemberData(nameof(MalformedMessages))]
    public async Task a_malformed_message_closes_its_connection_with_an_error_while_another_session_carries_on(string malformed)
    {
        await using var server = LiveServer.Start();
        var other = await OtherSession.OpenAsync(server);
        await ScoringSession.OpenAsync(server.Grains, "attacked");
        await using var raw = await RawHubSocket.OpenAsync(server.HubUrl, server.MemberToken("attacked", "e1"));

        await raw.SendTextAsync(malformed + RawHubSocket.Separator);

        var close = Assert.Single(await raw.ReadUntilClosedAsync());
        Assert.Contains("\"type\":7", close, StringComparison.Ordinal);
        Assert.Contains("error", close, StringComparison.Ordinal);
        await other.ProgressesAsync();
    }

    [Fact]
    public async Task binary_garbage_closes_its_connection_while_another_session_carries_on()
    {
        await using var server = LiveServer.Start();
        var other = await OtherSession.OpenAsync(server);
        await ScoringSession.OpenAsync(server.Grains, "attacked");
        await using var raw = await RawHubSocket.OpenAsync(server.HubUrl, server.MemberToken("attacked", "e1"));

        await raw.SendAsync([0x00, 0xFF, 0xFE, 0x7B, 0x01, 0x1E], WebSocketMessageType.Binary);

        Assert.Contains(await raw.ReadUntilClosedAsync(), m => m.Contains("\"type\":7", StringComparison.Ordinal));
        await other.ProgressesAsync();
    }

    [Fact]
    public async Task a_handshake_for_another_protocol_is_answered_with_an_error_and_closed()
    {
        await using var server = LiveServer.Start();
        var other = await OtherSession.OpenAsync(server);

        var (raw, reply) = await RawHubSocket.ConnectAsync(server.HubUrl, server.MemberToken("other-session", "e3"), "{\"protocol\":\"messagepack\",\"version\":1}");
        await using var _ = raw;

        Assert.Contains("\"error\"", reply, StringComparison.Ordinal);
        Assert.Empty(await raw.ReadUntilClosedAsync());
        await other.ProgressesAsync();
    }

    [Fact]
    public async Task an_unknown_message_type_stalls_only_its_own_connection_which_is_closed_once_32_KiB_pile_up_behind_it()
    {
        await using var server = LiveServer.Start();
        var other = await OtherSession.OpenAsync(server);
        await ScoringSession.OpenAsync(server.Grains, "attacked");
        await using var raw = await RawHubSocket.OpenAsync(server.HubUrl, server.MemberToken("attacked", "e1"));

        // SignalR skips message types it does not know but, with a message size limit, never moves past them: whatever
        // follows waits behind, unanswered, until more than the limit has piled up and the connection is closed.
        await raw.SendTextAsync("{\"type\":99}" + RawHubSocket.Separator);
        await raw.SendTextAsync(string.Concat(Enumerable.Repeat("{\"type\":6}" + RawHubSocket.Separator, 3500)));

        var close = Assert.Single(await raw.ReadUntilClosedAsync());
        Assert.Contains("\"type\":7", close, StringComparison.Ordinal);
        await other.ProgressesAsync();
    }
}
