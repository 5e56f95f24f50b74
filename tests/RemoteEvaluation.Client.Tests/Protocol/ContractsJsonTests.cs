using System.Text.Json;
using RemoteEvaluation.Contracts;

namespace RemoteEvaluation.Client.Tests.Protocol;

public sealed class ContractsJsonTests
{
    [Fact]
    public void An_envelope_is_written_with_web_naming_and_its_data_inline()
    {
        var envelope = new EventEnvelope("session/1", 3, "score.recorded", new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(8)), JsonSerializer.SerializeToElement(new { points = 7 }));

        var json = JsonSerializer.Serialize(envelope, ContractsJsonContext.Default.EventEnvelope);

        Assert.Equal("""{"stream":"session/1","version":3,"type":"score.recorded","at":"2026-11-23T09:00:00+08:00","data":{"points":7}}""", json);
    }

    [Fact]
    public void Records_read_back_case_insensitively()
    {
        var ack = JsonSerializer.Deserialize("""{"Version":4,"duplicate":true}""", ContractsJsonContext.Default.CommandAck);
        var error = JsonSerializer.Deserialize("""{"code":"grain.contended","message":"again","retriable":true}""", ContractsJsonContext.Default.HubError);

        Assert.Equal(new CommandAck(4, true), ack);
        Assert.Equal(new HubError("grain.contended", "again", true), error);
    }
}
