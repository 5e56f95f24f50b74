using System.Text.Json;
using System.Text.Json.Serialization;

namespace RemoteEvaluation.Domain.Draw;

/// <summary>The JSON form of a <see cref="DrawRecord"/> as exported for <c>draw verify</c>: web naming, enums by name.</summary>
public static class DrawRecordJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = true,
    };

    public static string Serialize(DrawRecord record) => JsonSerializer.Serialize(record, Options);

    /// <summary>Reads a record; throws <see cref="JsonException"/> when the text is not one.</summary>
    public static DrawRecord Deserialize(string json) =>
        JsonSerializer.Deserialize<DrawRecord>(json, Options) ?? throw new JsonException("The file holds no draw record.");
}
