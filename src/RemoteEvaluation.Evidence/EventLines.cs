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
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            var time = DateTimeOffset.ParseExact(Text(root, "time"), "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
            return new EvidenceEvent(
                Field(root, "position").GetInt64(),
                Text(root, "stream"),
                Field(root, "version").GetInt64(),
                Text(root, "type"),
                EventHash.ToMicros(time),
                Field(root, "data").GetBytesFromBase64(),
                Field(root, "metadata").GetBytesFromBase64(),
                Convert.FromHexString(Text(root, "prevHash")),
                Convert.FromHexString(Text(root, "hash")));
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or ArgumentException)
        {
            throw new FormatException(e.Message, e);
        }
    }

    private static JsonElement Field(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? value : throw new FormatException($"the line has no '{name}'.");

    private static string Text(JsonElement root, string name) =>
        Field(root, name).GetString() ?? throw new FormatException($"'{name}' is null.");
}
