using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using RemoteEvaluation.Domain;

namespace RemoteEvaluation.Grains.EventSourcing;

/// <summary>
/// Turns the events of one entity into stored (type, JSON) pairs and back, using each event's
/// <see cref="EventTypeAttribute"/> name, so the log never depends on CLR type names.
/// </summary>
public sealed class EventCodec<TEvent>
    where TEvent : class
{
    private readonly FrozenDictionary<string, Type> typesByName;
    private readonly FrozenDictionary<Type, string> namesByType;

    public EventCodec()
    {
        var types = typeof(TEvent).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false } && typeof(TEvent).IsAssignableFrom(t))
            .ToList();
        var missing = types.FirstOrDefault(t => t.GetCustomAttribute<EventTypeAttribute>() is null);
        if (missing is not null)
        {
            throw new InvalidOperationException($"Event {missing.Name} has no [EventType] name.");
        }

        namesByType = types.ToFrozenDictionary(t => t, t => t.GetCustomAttribute<EventTypeAttribute>()!.Name);
        typesByName = namesByType.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
    }

    /// <summary>The JSON settings of everything stored: web naming, enums by name.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public string NameOf(TEvent e) => namesByType.TryGetValue(e.GetType(), out var name)
        ? name
        : throw new InvalidOperationException($"{e.GetType().Name} is not an event of {typeof(TEvent).Name}.");

    public byte[] Encode(TEvent e) => JsonSerializer.SerializeToUtf8Bytes(e, e.GetType(), Options);

    public TEvent Decode(string type, ReadOnlySpan<byte> data) =>
        typesByName.TryGetValue(type, out var clrType)
            ? (TEvent)JsonSerializer.Deserialize(data, clrType, Options)!
            : throw new InvalidOperationException($"Stored event type '{type}' is not an event of {typeof(TEvent).Name}.");
}
