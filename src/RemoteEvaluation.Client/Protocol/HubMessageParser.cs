using System.Text.Json;

namespace RemoteEvaluation.Client.Protocol;

/// <summary>Reads the SignalR JSON hub protocol (version 1): handshake responses and hub messages.</summary>
internal static class HubMessageParser
{
    /// <summary>Reads a handshake response: <c>{}</c> on success, <c>{"error":"…"}</c> when refused.</summary>
    /// <returns>The server's error, or <see langword="null"/> when the handshake succeeded.</returns>
    /// <exception cref="InvalidDataException">The bytes are not a handshake response.</exception>
    public static string? ParseHandshakeResponse(ReadOnlySpan<byte> json)
    {
        var root = ParseObject(json);
        return root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String
            ? error.GetString()
            : null;
    }

    /// <summary>Reads one hub message (without its record separator).</summary>
    /// <returns><see langword="null"/> for message types a client may ignore (stream items, cancellations).</returns>
    /// <exception cref="InvalidDataException">The bytes are not a hub message.</exception>
    public static HubMessage? Parse(ReadOnlySpan<byte> json)
    {
        var root = ParseObject(json);
        if (!root.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.Number || !typeElement.TryGetInt32(out var type))
        {
            throw new InvalidDataException("A hub message has no numeric 'type'.");
        }

        return (HubMessageType)type switch
        {
            HubMessageType.Invocation => new HubMessage(HubMessageType.Invocation)
            {
                InvocationId = OptionalString(root, "invocationId"),
                Target = OptionalString(root, "target") ?? throw new InvalidDataException("An invocation has no 'target'."),
                Arguments = Arguments(root),
            },
            HubMessageType.Completion => new HubMessage(HubMessageType.Completion)
            {
                InvocationId = OptionalString(root, "invocationId") ?? throw new InvalidDataException("A completion has no 'invocationId'."),
                Result = root.TryGetProperty("result", out var result) ? result : null,
                Error = OptionalString(root, "error"),
            },
            HubMessageType.Ping => new HubMessage(HubMessageType.Ping),
            HubMessageType.Close => new HubMessage(HubMessageType.Close)
            {
                Error = OptionalString(root, "error"),
                AllowReconnect = root.TryGetProperty("allowReconnect", out var allow) && allow.ValueKind == JsonValueKind.True,
            },
            HubMessageType.StreamItem or HubMessageType.StreamInvocation or HubMessageType.CancelInvocation => null,
            _ => throw new InvalidDataException($"Unknown hub message type {type}."),
        };
    }

    private static JsonElement ParseObject(ReadOnlySpan<byte> json)
    {
        JsonElement root;
        try
        {
            var reader = new Utf8JsonReader(json);
            root = JsonElement.ParseValue(ref reader);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException("A hub message is not valid JSON.", exception);
        }

        return root.ValueKind == JsonValueKind.Object
            ? root
            : throw new InvalidDataException("A hub message is not a JSON object.");
    }

    private static string? OptionalString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static JsonElement[] Arguments(JsonElement root)
    {
        if (!root.TryGetProperty("arguments", out var arguments) || arguments.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        return arguments.ValueKind == JsonValueKind.Array
            ? [.. arguments.EnumerateArray()]
            : throw new InvalidDataException("An invocation's 'arguments' is not an array.");
    }
}
