using System.Net;
using System.Net.Http.Json;
using System.Text;
using RemoteEvaluation.Domain.Sites;
using RemoteEvaluation.Server.Coordination;
using RemoteEvaluation.Server.Tests.Accounts;

namespace RemoteEvaluation.Server.Tests.Coordination;

public sealed class CentreApiTests
{
    private static readonly DateTimeOffset From = new(2030, 3, 1, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task a_coordinator_registers_centres_with_rooms_and_links_them_both_ways()
    {
        await using var server = new ServerFactory();
        var coordinator = await server.SignedInAsync("coordinator");
        await Province.CentresAsync(coordinator);

        var host = await (await (await server.SignedInAsync("staff.nb")).GetAsync(new Uri("/api/sites/site-330100", UriKind.Relative), Api.Cancel)).JsonAsync();
        var ningbo = await (await coordinator.GetAsync(new Uri("/api/sites/site-330200", UriKind.Relative), Api.Cancel)).JsonAsync();
        var all = await (await coordinator.GetAsync(new Uri("/api/sites", UriKind.Relative), Api.Cancel)).JsonAsync();

        Assert.Equal(20, host.GetProperty("capacity").GetInt32());
        Assert.Equal(["site-330200", "site-330300"], host.GetProperty("linkedSiteIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["site-330100"], ningbo.GetProperty("linkedSiteIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(3, all.GetArrayLength());
    }

    [Fact]
    public async Task centres_are_imported_from_a_directory_file()
    {
        await using var server = new ServerFactory();
        var coordinator = await server.SignedInAsync("coordinator");
        const string json = """[{"id":"site-a","name":"甲","region":"330100","level":"City","rooms":[{"id":"r","name":"室","seats":4}],"links":["site-b"]},{"id":"site-b","name":"乙","region":"999","level":"City","rooms":[],"links":[]}]""";

        var report = await (await coordinator.PostAsync(new Uri("/api/sites/import", UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"), Api.Cancel)).JsonAsync();
        var malformed = await coordinator.PostAsync(new Uri("/api/sites/import", UriKind.Relative), new StringContent("{", Encoding.UTF8, "application/json"), Api.Cancel);

        Assert.Equal((1, 1), (report.GetProperty("imported").GetInt32(), report.GetProperty("rejected").GetInt32()));
        Assert.StartsWith("import.invalid_region", report.GetProperty("rows")[1].GetProperty("reasons")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.BadRequest, "import.malformed_file"), (malformed.StatusCode, (await malformed.ProblemAsync()).Title));
    }

    [Theory]
    [InlineData("33", "City", CoordinationRejections.InvalidField)]
    [InlineData("330100", "Village", CoordinationRejections.InvalidField)]
    [InlineData("330100", "City", SiteRejections.FieldRequired)]
    public async Task a_centre_with_a_bad_region_level_or_name_is_refused(string region, string level, string code)
    {
        await using var server = new ServerFactory();
        var coordinator = await server.SignedInAsync("coordinator");

        var answer = await coordinator.PostAsJsonAsync("/api/sites", new { siteId = "site-x", name = " ", region, level }, Api.Cancel);

        Assert.Equal((HttpStatusCode.BadRequest, code), (answer.StatusCode, (await answer.ProblemAsync()).Title));
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync(new Uri("/api/sites/site-x", UriKind.Relative), Api.Cancel)).StatusCode);
    }

    [Theory]
    [InlineData("host.hz")]
    [InlineData("staff.nb")]
    [InlineData("supervisor")]
    public async Task only_coordinators_register_centres_rooms_and_links(string username)
    {
        await using var server = new ServerFactory();
        var client = await server.SignedInAsync(username);

        var register = await client.PostAsJsonAsync("/api/sites", new { siteId = "site-x", name = "x", region = "330100", level = "City" }, Api.Cancel);
        var room = await client.PostAsJsonAsync("/api/sites/site-x/rooms", new { roomId = "r", name = "r", seats = 3 }, Api.Cancel);
        var link = await client.PostAsJsonAsync("/api/sites/site-x/links", new { otherSiteId = "site-y" }, Api.Cancel);

        Assert.All([register, room, link], r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
    }

    [Fact]
    public async Task host_staff_book_seats_at_a_remote_centre_and_its_staff_confirm_the_booking()
    {
        await using var server = new ServerFactory();
        await Province.CentresAsync(await server.SignedInAsync("coordinator"), seats: 6);
        var host = await server.SignedInAsync("host.hz");
        var ningbo = await server.SignedInAsync("staff.nb");

        var booked = await host.PostAsJsonAsync("/api/sites/site-330200/bookings", Booking("b-1", 4), Api.Cancel);
        var confirmed = await ningbo.PostAsync(new Uri("/api/sites/site-330200/bookings/b-1/confirm", UriKind.Relative), null, Api.Cancel);
        var calendar = await (await ningbo.GetAsync(new Uri($"/api/sites/site-330200/calendar?from={Uri.EscapeDataString(From.ToString("O"))}&to={Uri.EscapeDataString(From.AddHours(6).ToString("O"))}", UriKind.Relative), Api.Cancel)).JsonAsync();

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NoContent), (booked.StatusCode, confirmed.StatusCode));
        Assert.Equal(2, calendar.GetProperty("freeSeats").GetInt32());
        Assert.True(Assert.Single(calendar.GetProperty("bookings").EnumerateArray()).GetProperty("confirmed").GetBoolean());
    }

    [Fact]
    public async Task a_booking_beyond_the_free_seats_is_refused_and_changes_nothing()
    {
        await using var server = new ServerFactory();
        var coordinator = await server.SignedInAsync("coordinator");
        await Province.CentresAsync(coordinator, seats: 6);

        await coordinator.PostAsJsonAsync("/api/sites/site-330200/bookings", Booking("b-1", 4), Api.Cancel);
        var refused = await coordinator.PostAsJsonAsync("/api/sites/site-330200/bookings", Booking("b-2", 3), Api.Cancel);
        var calendar = await (await coordinator.GetAsync(new Uri($"/api/sites/site-330200/calendar?from={Uri.EscapeDataString(From.ToString("O"))}", UriKind.Relative), Api.Cancel)).JsonAsync();

        Assert.Equal((HttpStatusCode.Conflict, SiteRejections.NoFreeSeats), (refused.StatusCode, (await refused.ProblemAsync()).Title));
        Assert.Single(calendar.GetProperty("bookings").EnumerateArray());
    }

    [Fact]
    public async Task staff_of_another_centre_neither_confirm_a_booking_nor_read_the_calendar()
    {
        await using var server = new ServerFactory();
        var coordinator = await server.SignedInAsync("coordinator");
        await Province.CentresAsync(coordinator);
        await coordinator.PostAsJsonAsync("/api/sites/site-330200/bookings", Booking("b-1", 2), Api.Cancel);
        var wenzhou = await server.SignedInAsync("staff.wz");

        var confirm = await wenzhou.PostAsync(new Uri("/api/sites/site-330200/bookings/b-1/confirm", UriKind.Relative), null, Api.Cancel);
        var calendar = await wenzhou.GetAsync(new Uri("/api/sites/site-330200/calendar", UriKind.Relative), Api.Cancel);

        Assert.Equal((HttpStatusCode.Forbidden, CoordinationRejections.OtherCentre), (confirm.StatusCode, (await confirm.ProblemAsync()).Title));
        Assert.Equal(HttpStatusCode.Forbidden, calendar.StatusCode);
    }

    [Fact]
    public async Task host_staff_cannot_book_for_a_session_another_centre_hosts()
    {
        await using var server = new ServerFactory();
        await Province.CentresAsync(await server.SignedInAsync("coordinator"));
        var host = await server.SignedInAsync("host.hz");

        var answer = await host.PostAsJsonAsync("/api/sites/site-330200/bookings", Booking("b-1", 2) with { HostSiteId = "site-330300" }, Api.Cancel);

        Assert.Equal((HttpStatusCode.Forbidden, CoordinationRejections.OtherCentre), (answer.StatusCode, (await answer.ProblemAsync()).Title));
    }

    [Fact]
    public async Task confirming_an_unknown_booking_is_not_found()
    {
        await using var server = new ServerFactory();
        await Province.CentresAsync(await server.SignedInAsync("coordinator"));

        var answer = await (await server.SignedInAsync("staff.nb")).PostAsync(new Uri("/api/sites/site-330200/bookings/none/confirm", UriKind.Relative), null, Api.Cancel);

        Assert.Equal((HttpStatusCode.NotFound, SiteRejections.UnknownBooking), (answer.StatusCode, (await answer.ProblemAsync()).Title));
    }

    private static BookingRequest Booking(string id, int seats) => new(id, "s-1", "site-330100", From, From.AddHours(6), seats);
}
