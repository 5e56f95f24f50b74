using RemoteEvaluation.Contracts;

namespace RemoteEvaluation.Client.Tests.Protocol;

public sealed class HubErrorTests
{
    [Fact]
    public void The_exception_message_format_is_the_documented_one()
    {
        var error = new HubError("session.wrong_phase", "Scoring has not started.", Retriable: false);

        Assert.Equal("hub-error session.wrong_phase final: Scoring has not started.", error.ToExceptionMessage());
        Assert.Equal("hub-error grain.contended retriable: again", new HubError("grain.contended", "again", true).ToExceptionMessage());
    }

    [Fact]
    public void The_error_is_found_behind_the_text_SignalR_puts_before_a_HubException()
    {
        var onTheWire = "An unexpected error occurred invoking 'Score' on the server. HubException: hub-error score.out_of_range retriable: 分数超出范围\nline two";

        Assert.True(HubError.TryParse(onTheWire, out var error));
        Assert.Equal(new HubError("score.out_of_range", "分数超出范围\nline two", true), error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("An unexpected error occurred invoking 'Crash' on the server.")]
    [InlineData("hub-error Bad.Code final: upper case is not a code")]
    [InlineData("hub-error session.x maybe: neither retriable nor final")]
    public void Text_without_the_format_is_an_unstructured_error(string? text)
    {
        Assert.False(HubError.TryParse(text, out _));
        Assert.Equal(HubError.UnstructuredCode, HubError.Parse(text).Code);
    }

    [Fact]
    public void An_invalid_code_cannot_be_formatted() =>
        Assert.Throws<FormatException>(() => new HubError("has space", "m", false).ToExceptionMessage());
}
