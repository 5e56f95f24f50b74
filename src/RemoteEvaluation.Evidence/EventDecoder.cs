using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using RemoteEvaluation.Domain;

namespace RemoteEvaluation.Evidence;

/// <summary>
/// Reads stored events of one entity back into domain events by their <see cref="EventTypeAttribute"/> names, with the
/// store's JSON settings (web naming, enums by name), so the offline tools fold exactly what the grains fold.
/// </summary>
public sealed class EventDecoder<TEvent>
    where TEvent : class
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly FrozenDictionary<string, Type> typesByName = typeof(TEvent).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false } && typeof(TEvent).IsAssignableFrom(t) && t.GetCustomAttribute<EventTypeAttribute>() is not null)
        .ToFrozenDictionary(t => t.GetCustomAttribute<EventTypeAttribute>()!.Name, StringComparer.Ordinal);

    public static EventDecoder<TEvent> Instance { get; } = new();

    /// <summary>The event, or null for a type this entity does not know (a newer server's event) or bytes that are not it.</summary>
    public TEvent? TryDecode(string type, ReadOnlySpan<byte> data)
    {
        if (!typesByName.TryGetValue(type, out var clrType))
        {
            return null;
        }

        try
        {
            return (TEvent?)JsonSerializer.Deserialize(data, clrType, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
