using System.Text.Json;
using System.Text.Json.Serialization;

namespace RemoteEvaluation.Contracts;

/// <summary>
/// One recorded event (事件) as pushed to clients: the stream it belongs to (for example
/// <c>session/42</c>), its version in that stream (1, 2, 3…, no gaps), its type
/// (<c>session.scheduled</c>), when it was recorded, and its data as the client may see it.
/// Clients apply envelopes of a stream in version order and drop versions they already applied.
/// An event the audience may not see arrives as a placeholder of type <see cref="HiddenType"/> with empty data, so
/// versions never have gaps; clients apply it by moving on.
/// </summary>
public sealed record EventEnvelope(string Stream, long Version, string Type, DateTimeOffset At, JsonElement Data)
{
    /// <summary>The type of a placeholder (不可见事件) for a version this audience may not see.</summary>
    public const string HiddenType = "event.hidden";

    /// <summary>Whether this envelope only holds the place of an event the audience may not see.</summary>
    [JsonIgnore]
    public bool IsHidden => Type == HiddenType;
}
