using System.Text.Json;

namespace RemoteEvaluation.Contracts;

/// <summary>
/// One recorded event (事件) as pushed to clients: the stream it belongs to (for example
/// <c>session/42</c>), its version in that stream (1, 2, 3…, no gaps), its type
/// (<c>session.scheduled</c>), when it was recorded, and its data as the client may see it.
/// Clients apply envelopes of a stream in version order and drop versions they already applied.
/// </summary>
public sealed record EventEnvelope(string Stream, long Version, string Type, DateTimeOffset At, JsonElement Data);
