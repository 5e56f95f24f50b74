using System.Text.Json;
using System.Text.Json.Serialization;

namespace RemoteEvaluation.Domain.Experts;

/// <summary>Stores a <see cref="RegionCode"/> as its six digits.</summary>
public sealed class RegionCodeJsonConverter : JsonConverter<RegionCode>
{
    public override RegionCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        RegionCode.TryParse(reader.GetString(), out var code) ? code : throw new JsonException("Expected a six-digit GB/T 2260 region code.");

    public override void Write(Utf8JsonWriter writer, RegionCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }
}
