using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using RemoteEvaluation.Domain.Draw;
using RemoteEvaluation.Domain.Experts;
using RemoteEvaluation.Server.Tests.Accounts;

namespace RemoteEvaluation.Server.Tests.Coordination;

/// <summary>
/// A small province entered through the coordinator API: 杭州 site-330100 hosts, 宁波 site-330200 and 温州 site-330300
/// are linked to it (the demo accounts' centres), and experts of one specialty live in Ningbo and Wenzhou.
/// </summary>
internal static class Province
{
    public static async Task CentresAsync(HttpClient coordinator, int seats = 10)
    {
        await RegisterAsync(coordinator, "site-330100", "杭州市公共资源交易中心", "330106", 20);
        await RegisterAsync(coordinator, "site-330200", "宁波市公共资源交易中心", "330203", seats);
        await RegisterAsync(coordinator, "site-330300", "温州市公共资源交易中心", "330302", seats);
        foreach (var other in new[] { "site-330200", "site-330300" })
        {
            var link = await coordinator.PostAsJsonAsync("/api/sites/site-330100/links", new { otherSiteId = other }, Api.Cancel);
            Assert.Equal(HttpStatusCode.NoContent, link.StatusCode);
        }
    }

    public static async Task RegisterAsync(HttpClient coordinator, string id, string name, string region, int seats)
    {
        var register = await coordinator.PostAsJsonAsync("/api/sites", new { siteId = id, name, region, level = "City" }, Api.Cancel);
        Assert.Equal(HttpStatusCode.Created, register.StatusCode);
        var room = await coordinator.PostAsJsonAsync($"/api/sites/{id}/rooms", new { roomId = "r-1", name = "评标室一", seats }, Api.Cancel);
        Assert.Equal(HttpStatusCode.NoContent, room.StatusCode);
    }

    /// <summary>CSV rows of <paramref name="count"/> experts with ids <c>{prefix}-0000…</c>, specialty C0501, living in <paramref name="region"/>.</summary>
    public static string ExpertRows(int count, string region, string prefix)
    {
        var csv = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var number = IdNumber.WithCheckCharacter(region + "19750505" + (i % 1000).ToString("D3", CultureInfo.InvariantCulture));
            csv.Append(CultureInfo.InvariantCulture, $"{prefix}-{i:D4},专家{prefix}{i},{number},1975-05-05,13800000000,{region},Senior,C0501,,\n");
        }

        return csv.ToString();
    }

    public static Task<HttpResponseMessage> ImportCsvAsync(this HttpClient client, string rows) =>
        client.PostAsync(new Uri("/api/experts/import", UriKind.Relative), new StringContent(Grains.Import.ExpertImporter.CsvHeader + "\n" + rows, Encoding.UTF8, "text/csv"), Api.Cancel);

    public static async Task ExpertsAsync(HttpClient coordinator)
    {
        var import = await coordinator.ImportCsvAsync(ExpertRows(12, "330203", "nb") + ExpertRows(12, "330302", "wz"));
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
    }

    public static DrawRequest Request(string sessionId, DateTimeOffset sessionFrom, int experts = 5) => new(
        sessionId,
        "site-330100",
        new DrawProject("P-1", "tenderer-1", "某招标人", RegionCode.Parse("330106"), [new Bidder("bidder-1", "甲公司", [])], []),
        [new DrawSlot("C05", experts)],
        sessionFrom,
        sessionFrom.AddHours(6),
        AvoidanceRules.All,
        DrawSettings.Default);
}
