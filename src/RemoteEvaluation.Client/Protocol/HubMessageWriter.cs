using System.Buffers;
using System.Text.Json;

namespace RemoteEvaluation.Client.Protocol;

/// <summary>Writes the SignalR JSON hub protocol (version 1), each message ended by the record separator.</summary>
internal static class HubMessageWriter
{
    /// <summary>The handshake request: <c>{"protocol":"json","version":1}</c> and a record separator.</summary>
    public static ReadOnlyMemory<byte> HandshakeRequest { get; } = "{\"protocol\":\"json\",\"version\":1}\u001e"u8.ToArray();

    /// <summary>A ping: <c>{"type":6}</c> and a record separator.</summary>
    public static ReadOnlyMemory<byte> Ping { get; } = "{\"type\":6}\u001e"u8.ToArray();

    /// <summary>
    /// An invocation of a hub method. With an <paramref name="invocationId"/> the server answers with a
    /// completion; without one it answers nothing (a non-blocking send).
    /// </summary>
    public static byte[] Invocation(string? invocationId, string target, IReadOnlyList<object?> arguments, JsonSerializerOptions options)
    {
        var output = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(output))
        {
            writer.WriteStartObject();
            writer.WriteNumber("type", (int)HubMessageType.Invocation);
            if (invocationId is not null)
            {
                writer.WriteString("invocationId", invocationId);
            }

            writer.WriteString("target", target);
            writer.WriteStartArray("arguments");
            foreach (var argument in arguments)
            {
                if (argument is null)
                {
                    writer.WriteNullValue();
                }
                else
                {
                    JsonSerializer.Serialize(writer, argument, options.GetTypeInfo(argument.GetType()));
                }
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return WithSeparator(output.WrittenSpan);
    }

    /// <summary>A completion with an error, the answer to a server-to-client invocation this client cannot serve.</summary>
    public static byte[] CompletionWithError(string invocationId, string error)
    {
        var output = new ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(output))
        {
            writer.WriteStartObject();
            writer.WriteNumber("type", (int)HubMessageType.Completion);
            writer.WriteString("invocationId", invocationId);
            writer.WriteString("error", error);
            writer.WriteEndObject();
        }

        return WithSeparator(output.WrittenSpan);
    }

    private static byte[] WithSeparator(ReadOnlySpan<byte> json)
    {
        var message = new byte[json.Length + 1];
        json.CopyTo(message);
        message[^1] = RecordSeparatedReader.RecordSeparator;
        return message;
    }
}
