using RemoteEvaluation.Domain.Experts;

namespace RemoteEvaluation.Domain.Tests.Experts;

public sealed class RegionCodeTests
{
    [Fact]
    public void a_county_code_derives_its_city_and_province()
    {
        var xihu = RegionCode.Parse("330106");

        Assert.Equal("330100", xihu.City.Value);
        Assert.Equal("330000", xihu.Province.Value);
        Assert.True(xihu.IsCounty);
        Assert.True(xihu.City.IsCity);
        Assert.True(xihu.Province.IsProvince);
    }

    [Theory]
    [InlineData("330106", "330106", 0)]
    [InlineData("330106", "330108", 1)]
    [InlineData("330106", "330203", 2)]
    [InlineData("330106", "320102", 3)]
    public void distance_counts_county_city_and_province(string a, string b, int distance)
    {
        Assert.Equal(distance, RegionCode.Parse(a).DistanceTo(RegionCode.Parse(b)));
    }

    [Theory]
    [InlineData("33010")]
    [InlineData("3301061")]
    [InlineData("33O106")]
    [InlineData("000106")]
    [InlineData(null)]
    public void malformed_codes_do_not_parse(string? text)
    {
        Assert.False(RegionCode.TryParse(text, out _));
    }
}
