using System.Text.Json;
using RemoteEvaluation.Grains.Persistence;

namespace RemoteEvaluation.Server.Audit;

/// <summary>Who caused a recorded event (操作人), read from the event's metadata (the grain's <c>CommandContext</c>).</summary>
public sealed record RecordedBy(string? ActorId, string? Role, string? SiteId)
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static RecordedBy Of(StoredEvent stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (stored.Metadata.IsEmpty)
        {
            return new RecordedBy(null, null, null);
        }

        try
        {
            return JsonSerializer.Deserialize<RecordedBy>(stored.Metadata.Span, Web) ?? new RecordedBy(null, null, null);
        }
        catch (JsonException)
        {
            // The chain check reports altered metadata; a timeline still shows the event.
            return new RecordedBy(null, null, null);
        }
    }
}
