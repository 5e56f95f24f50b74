using System.Buffers;
using System.Globalization;
using System.Text.Json;
using RemoteEvaluation.Domain.Chain;

namespace RemoteEvaluation.Evidence;

/// <summary>
/// The JSON-lines form of <see cref="EvidenceEvent"/>s: one object per line with <c>position</c>, <c>stream</c>,
/// <c>version</c>, <c>type</c>, <c>time</c> (ISO 8601, whole microseconds), <c>data</c> and <c>metadata</c> (base64 of
/// the exact stored bytes: JSON would re-encode them, and the hash covers the bytes), <c>prevHash</c> and <c>hash</c>
/// (lower-case hex).
/// </summary>
public static class EventLines
{
    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = false };

    /// <summary>Writes one event as one line (ending in <c>\n</c>) to <paramref name="output"/>.</summary>
    public static void Write(IBufferWriter<byte> output, EvidenceEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        using (var writer = new Utf8JsonWriter(output, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteNumber("position", e.Position);
            writer.WriteString("stream", e.StreamId);
            writer.WriteNumber("version", e.Version);
            writer.WriteString("type", e.Type);
            writer.WriteString("time", EventHash.FromMicros(e.RecordedAtMicros).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));
            writer.WriteBase64String("data", e.Data.Span);
            writer.WriteBase64String("metadata", e.Metadata.Span);
            writer.WriteString("prevHash", Convert.ToHexStringLower(e.PreviousHash.Span));
            writer.WriteString("hash", Convert.ToHexStringLower(e.Hash.Span));
            writer.WriteEndObject();
        }

        output.Write("\n"u8);
    }

    /// <summary>Reads one line; throws <see cref="FormatException"/> naming the field when the line is not an event.</summary>
    public static EvidenceEvent Read(ReadOnlyMemory<byte> line)
    {
        // A forward-only reader: verifying a long session reads every line, so no document per line.
        long? position = null, version = null;
        string? stream = null, type = null;
        DateTimeOffset? time = null;
        byte[]? data = null, metadata = null, previousHash = null, hash = null;
        try
        {
            var reader = new Utf8JsonReader(line.Span);
            Expect(reader.Read() && reader.TokenType == JsonTokenType.StartObject, "the line is not a JSON object.");
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                Expect(reader.Read(), "the line ends inside the object.");
                switch (name)
                {
                    case "position": position = reader.GetInt64(); break;
                    case "stream": stream = reader.GetString(); break;
                    case "version": version = reader.GetInt64(); break;
                    case "type": type = reader.GetString(); break;
                    case "time": time = reader.GetDateTimeOffset(); break;
                    case "data": data = reader.GetBytesFromBase64(); break;
                    case "metadata": metadata = reader.GetBytesFromBase64(); break;
                    case "prevHash": previousHash = Convert.FromHexString(reader.GetString() ?? ""); break;
                    case "hash": hash = Convert.FromHexString(reader.GetString() ?? ""); break;
                    default: reader.Skip(); break;
                }
            }

            Expect(reader.TokenType == JsonTokenType.EndObject && !reader.Read(), "the line holds more than one object.");
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw new FormatException(e.Message, e);
        }

        return new EvidenceEvent(
            position ?? throw Missing("position"),
            stream ?? throw Missing("stream"),
            version ?? throw Missing("version"),
            type ?? throw Missing("type"),
            EventHash.ToMicros(time ?? throw Missing("time")),
            data ?? throw Missing("data"),
            metadata ?? throw Missing("metadata"),
            previousHash ?? throw Missing("prevHash"),
            hash ?? throw Missing("hash"));
    }

    private static void Expect(bool condition, string message)
    {
        if (!condition)
        {
            throw new FormatException(message);
        }
    }

    private static FormatException Missing(string name) => new($"the line has no '{name}'.");
}
