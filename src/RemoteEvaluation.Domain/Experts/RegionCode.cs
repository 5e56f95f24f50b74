using System.Text.Json.Serialization;

namespace RemoteEvaluation.Domain.Experts;

/// <summary>
/// An administrative division code (行政区划代码, GB/T 2260): six digits, two for the province (省),
/// two for the city (市) and two for the county (县/区). A code ending in <c>0000</c> names a province,
/// one ending in <c>00</c> a city.
/// </summary>
[JsonConverter(typeof(RegionCodeJsonConverter))]
public readonly record struct RegionCode
{
    private RegionCode(string value) => Value = value;

    public string Value { get; }

    /// <summary>The province this code lies in (<c>330000</c> for <c>330106</c>).</summary>
    public RegionCode Province => new(Value[..2] + "0000");

    /// <summary>The city this code lies in (<c>330100</c> for <c>330106</c>).</summary>
    public RegionCode City => new(Value[..4] + "00");

    public bool IsProvince => Value.EndsWith("0000", StringComparison.Ordinal);

    public bool IsCity => !IsProvince && Value.EndsWith("00", StringComparison.Ordinal);

    public bool IsCounty => !IsProvince && !IsCity;

    public static bool TryParse(string? text, out RegionCode code)
    {
        code = default;
        if (text is not { Length: 6 } || !text.All(char.IsAsciiDigit) || text[..2] == "00")
        {
            return false;
        }

        code = new RegionCode(text);
        return true;
    }

    public static RegionCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"'{text}' is not a six-digit GB/T 2260 region code.");

    /// <summary>How far apart two places are: 0 same county, 1 same city, 2 same province, 3 further.</summary>
    public int DistanceTo(RegionCode other) =>
        Value == other.Value ? 0 : City == other.City ? 1 : Province == other.Province ? 2 : 3;

    public override string ToString() => Value ?? string.Empty;
}
