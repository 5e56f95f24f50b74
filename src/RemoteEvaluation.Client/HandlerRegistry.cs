using System.Collections.Immutable;
using System.Text.Json;

namespace RemoteEvaluation.Client;

/// <summary>
/// Handlers of server pushes by target name. Target names match case-insensitively, as in SignalR's
/// own clients; several handlers per target run in registration order.
/// </summary>
internal sealed class HandlerRegistry
{
    private readonly Lock _gate = new();
    private ImmutableDictionary<string, ImmutableArray<PushHandler>> _handlers =
        ImmutableDictionary.Create<string, ImmutableArray<PushHandler>>(StringComparer.OrdinalIgnoreCase);

    public IDisposable Add(string target, PushHandler handler)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        lock (_gate)
        {
            var existing = _handlers.GetValueOrDefault(target, []);
            _handlers = _handlers.SetItem(target, existing.Add(handler));
        }

        return new Registration(this, target, handler);
    }

    public ImmutableArray<PushHandler> For(string target) => Volatile.Read(ref _handlers).GetValueOrDefault(target, []);

    private void Remove(string target, PushHandler handler)
    {
        lock (_gate)
        {
            var remaining = _handlers.GetValueOrDefault(target, []).Remove(handler);
            _handlers = remaining.IsEmpty ? _handlers.Remove(target) : _handlers.SetItem(target, remaining);
        }
    }

    private sealed class Registration(HandlerRegistry registry, string target, PushHandler handler) : IDisposable
    {
        public void Dispose() => registry.Remove(target, handler);
    }
}

/// <summary>One registered push handler: the argument types it expects and how to call it.</summary>
internal sealed class PushHandler(Type[] parameterTypes, Func<object?[], Task> invoke)
{
    public Task InvokeAsync(IReadOnlyList<JsonElement> arguments, JsonSerializerOptions options)
    {
        if (arguments.Count != parameterTypes.Length)
        {
            throw new InvalidDataException($"The push has {arguments.Count} arguments; the handler takes {parameterTypes.Length}.");
        }

        var values = new object?[parameterTypes.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = arguments[i].Deserialize(options.GetTypeInfo(parameterTypes[i]));
        }

        return invoke(values);
    }
}
