using System.Text.Json;
using RemoteEvaluation.Contracts;

namespace RemoteEvaluation.Client.Tests.Server;

/// <summary>
/// An in-memory stand-in for the event log of one session: idempotent by command id, versions 1, 2, 3…
/// Lives outside the server so that it survives a server restart.
/// </summary>
public sealed class ScoreLog
{
    public const string Stream = "session/1";

    private readonly Lock _gate = new();
    private readonly List<EventEnvelope> _events = [];
    private readonly Dictionary<string, CommandAck> _acks = new(StringComparer.Ordinal);
    private readonly HashSet<string> _dropAnswerOnce = new(StringComparer.Ordinal);

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _events.Count;
            }
        }
    }

    /// <summary>The first time <paramref name="commandId"/> is appended, the hub aborts the connection instead of answering.</summary>
    public void DropAnswerOnce(string commandId)
    {
        lock (_gate)
        {
            _dropAnswerOnce.Add(commandId);
        }
    }

    public (CommandAck Ack, EventEnvelope? Appended, bool DropAnswer) Append(string commandId, int points)
    {
        lock (_gate)
        {
            if (_acks.TryGetValue(commandId, out var first))
            {
                return (first with { Duplicate = true }, null, false);
            }

            var data = JsonSerializer.SerializeToElement(new ScoreRecorded(commandId, points), TestJson.Options);
            var envelope = new EventEnvelope(Stream, _events.Count + 1, "score.recorded", DateTimeOffset.UtcNow, data);
            _events.Add(envelope);
            var ack = new CommandAck(envelope.Version, false);
            _acks.Add(commandId, ack);
            return (ack, envelope, _dropAnswerOnce.Remove(commandId));
        }
    }

    public IReadOnlyList<EventEnvelope> After(long version)
    {
        lock (_gate)
        {
            return [.. _events.Where(e => e.Version > version)];
        }
    }
}

public sealed record ScoreRecorded(string CommandId, int Points);

internal static class TestJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
