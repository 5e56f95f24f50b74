using System.Text.Json;
using RemoteEvaluation.Contracts;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Domain.Visibility;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Grains.Persistence;

namespace RemoteEvaluation.Server.Hubs;

/// <summary>
/// A session event as one audience may see it (事件视图): the stored event, a redacted copy, or a placeholder that
/// keeps the version (so a client's <c>EventStreamTracker</c> never waits for a version that will not come).
/// Pushes and resyncs both go through here, so a client gets the same envelope either way.
/// </summary>
public static class SessionEventView
{
    private static readonly EventCodec<SessionEvent> Codec = new();
    private static readonly JsonElement Nothing = JsonDocument.Parse("{}").RootElement.Clone();

    /// <summary>The event decoded from its stored form, to fold into the state after viewing it.</summary>
    public static SessionEvent Decode(StoredEvent stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return Codec.Decode(stored.Type, stored.Data.Span);
    }

    /// <summary>
    /// What <paramref name="audience"/> gets of <paramref name="stored"/> (<paramref name="e"/> decoded), given the state
    /// before it; <paramref name="now"/> is the session's current state when read back by a resync (null for a push).
    /// </summary>
    public static EventEnvelope For(SessionState before, StoredEvent stored, SessionEvent e, Audience audience, SessionState? now = null)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(audience);
        return Of(stored, EventVisibility.For(before, e, audience.Viewer, now));
    }

    /// <summary>The envelope for what <paramref name="sight"/> lets an audience see of <paramref name="stored"/>.</summary>
    public static EventEnvelope Of(StoredEvent stored, Sight sight)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return sight switch
        {
            Sight.ShownEvent => Envelope(stored, stored.Type, JsonElementOf(stored.Data.Span)),
            Sight.RedactedEvent redacted => Envelope(stored, Codec.NameOf(redacted.Event), JsonElementOf(Codec.Encode(redacted.Event))),
            _ => Envelope(stored, EventEnvelope.HiddenType, Nothing),
        };
    }

    private static EventEnvelope Envelope(StoredEvent stored, string type, JsonElement data) =>
        new(stored.StreamId, stored.Version, type, stored.RecordedAt, data);

    private static JsonElement JsonElementOf(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        return JsonElement.ParseValue(ref reader);
    }
}
