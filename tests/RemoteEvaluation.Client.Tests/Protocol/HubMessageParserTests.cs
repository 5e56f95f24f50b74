using System.Text;
using System.Text.Json;
using RemoteEvaluation.Client.Protocol;

namespace RemoteEvaluation.Client.Tests.Protocol;

public sealed class HubMessageParserTests
{
    [Fact]
    public void A_completion_with_a_result_keeps_the_result()
    {
        var message = Parse("""{"type":3,"invocationId":"7","result":{"version":3,"duplicate":false}}""");

        Assert.Equal(HubMessageType.Completion, message!.Type);
        Assert.Equal("7", message.InvocationId);
        Assert.Equal(3, message.Result!.Value.GetProperty("version").GetInt64());
        Assert.Null(message.Error);
    }

    [Fact]
    public void A_completion_with_an_error_keeps_the_error_text()
    {
        var message = Parse("""{"type":3,"invocationId":"8","error":"hub-error session.wrong_phase final: no"}""");

        Assert.Equal("hub-error session.wrong_phase final: no", message!.Error);
        Assert.Null(message.Result);
    }

    [Fact]
    public void A_push_has_a_target_and_arguments_but_no_invocation_id()
    {
        var message = Parse("""{"type":1,"target":"ReceiveEvents","arguments":[[{"stream":"session/1","version":1}]]}""");

        Assert.Equal("ReceiveEvents", message!.Target);
        Assert.Null(message.InvocationId);
        Assert.Equal(JsonValueKind.Array, Assert.Single(message.Arguments).ValueKind);
    }

    [Fact]
    public void A_close_message_says_whether_to_reconnect()
    {
        Assert.True(Parse("""{"type":7,"error":"shutting down","allowReconnect":true}""")!.AllowReconnect);
        Assert.False(Parse("""{"type":7}""")!.AllowReconnect);
    }

    [Fact]
    public void Stream_items_are_ignored_and_pings_are_recognised()
    {
        Assert.Null(Parse("""{"type":2,"invocationId":"1","item":1}"""));
        Assert.Equal(HubMessageType.Ping, Parse("""{"type":6}""")!.Type);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("""{"type":"one"}""")]
    [InlineData("""{"type":99}""")]
    [InlineData("""{"type":3}""")]
    [InlineData("""{"type":1,"arguments":[]}""")]
    public void Malformed_messages_are_refused(string json) =>
        Assert.Throws<InvalidDataException>(() => HubMessageParser.Parse(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void A_handshake_response_is_empty_on_success_and_carries_the_error_otherwise()
    {
        Assert.Null(HubMessageParser.ParseHandshakeResponse("{}"u8));
        Assert.Equal("Requested protocol 'x' is not available.", HubMessageParser.ParseHandshakeResponse("""{"error":"Requested protocol 'x' is not available."}"""u8));
    }

    [Fact]
    public void An_invocation_is_written_with_web_naming_and_a_record_separator()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.MakeReadOnly(populateMissingResolver: true);

        var bytes = HubMessageWriter.Invocation("5", "Score", ["c-1", new { PointsAwarded = 3 }, null], options);

        Assert.Equal(
            "{\"type\":1,\"invocationId\":\"5\",\"target\":\"Score\",\"arguments\":[\"c-1\",{\"pointsAwarded\":3},null]}\u001e",
            Encoding.UTF8.GetString(bytes));
    }

    private static HubMessage? Parse(string json) => HubMessageParser.Parse(Encoding.UTF8.GetBytes(json));
}
