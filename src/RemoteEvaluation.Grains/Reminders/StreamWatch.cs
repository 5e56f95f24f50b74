using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using RemoteEvaluation.Domain;
using RemoteEvaluation.Grains.Persistence;

namespace RemoteEvaluation.Grains.Reminders;

/// <summary>
/// What the process manager keeps of one stream: only the events that create or settle a duty, folded in order,
/// and the reminders those events leave owing. Everything else in the stream is skipped without being decoded.
/// </summary>
public abstract class StreamWatch
{
    /// <summary>Folds one stored event of the stream, in version order.</summary>
    public abstract void Observe(StoredEvent stored);

    /// <summary>The reminders owed after the events observed so far (done ones are filtered out by the caller).</summary>
    public abstract IEnumerable<Reminder> Owed();

    /// <summary>The stored name of event type <typeparamref name="T"/>.</summary>
    protected static string NameOf<T>() => typeof(T).GetCustomAttribute<EventTypeAttribute>()!.Name;

    /// <summary>
    /// A command id from a prefix and a stream key that is the same on every node; keys too long for the store's
    /// command id limit are replaced by their SHA-256 (ids share the store's character set already).
    /// </summary>
    protected static string CommandId(string prefix, string key)
    {
        var id = $"{prefix}:{key}";
        return id.Length <= 100 ? id : $"{prefix}:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))}";
    }
}
