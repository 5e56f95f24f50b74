using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using RemoteEvaluation.Domain.Sites;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Grains.Sites;
using RemoteEvaluation.Web.Tests.Session;
using static Microsoft.Playwright.Assertions;
using static RemoteEvaluation.Web.Tests.Session.Ui;

namespace RemoteEvaluation.Web.Tests.Remote;

/// <summary>
/// The remote centre confirms the seats booked at it (副场确认) from its landing page: the bookings awaiting its
/// confirmation, a button each, and a refusal shown with its code.
/// </summary>
public sealed class Remote_centre_confirms_seat_bookings(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Wenzhou = SeatedDemoSession.Wenzhou;

    [Fact]
    public async Task staff_confirm_a_booking_and_it_leaves_the_list()
    {
        Chromium.SkipUnlessInstalled();
        await BookAsync("bk-confirm");
        var page = await StaffAsync(fixture, "staff.wz", "remote");
        var row = page.Locator(".bookings tr[data-booking='bk-confirm']");

        await ClickAsync(row, "确认预约");

        await Expect(page.Locator(".bookings [role=alert]")).ToHaveTextAsync("已确认预约 bk-confirm。");
        await Expect(row).ToHaveCountAsync(0);
        Assert.True(await ConfirmedAsync("bk-confirm"));
    }

    [Fact]
    public async Task a_booking_cancelled_after_the_page_listed_it_is_refused_with_its_code()
    {
        Chromium.SkipUnlessInstalled();
        await BookAsync("bk-cancelled");
        var page = await StaffAsync(fixture, "staff.wz", "remote");
        var row = page.Locator(".bookings tr[data-booking='bk-cancelled']");
        await Expect(row).ToBeVisibleAsync();
        var site = fixture.Server.Services.GetRequiredService<IGrainFactory>().GetGrain<ISiteGrain>(Wenzhou);
        Assert.Null((await site.ExecuteAsync(new CancelBooking("bk-cancelled", "会议改期"), new CommandContext("test:cancel", "coordinator", "coordinator"))).Rejection);

        await ClickAsync(row, "确认预约");

        var outcome = page.Locator(".bookings [role=alert]");
        await Expect(outcome).ToHaveAttributeAsync("data-code", SiteRejections.BookingCancelled);
        await Expect(outcome).ToHaveTextAsync("该预约已取消。");
    }

    /// <summary>The coordinator registers Wenzhou with a room (once) and books three seats there for a session of Hangzhou.</summary>
    private async Task BookAsync(string bookingId)
    {
        await using var coordinator = await fixture.SignedInAsync("coordinator");
        var api = coordinator.APIRequest;
        await ExpectAsync(await api.PostAsync("/api/sites", Json(new { siteId = Wenzhou, name = "温州市公共资源交易中心", region = "330300", level = "City" })), HttpStatusCode.Created, HttpStatusCode.Conflict);
        await ExpectAsync(await api.PostAsync($"/api/sites/{Wenzhou}/rooms", Json(new { roomId = "r1", name = "第一评标室", seats = 12 })), HttpStatusCode.NoContent, HttpStatusCode.Conflict);
        var from = DateTimeOffset.UtcNow.AddDays(3);
        await ExpectAsync(await api.PostAsync($"/api/sites/{Wenzhou}/bookings", Json(new
        {
            bookingId, sessionId = SeatedDemoSession.Id, hostSiteId = SeatedDemoSession.Hangzhou, from, to = from.AddHours(8), seats = 3,
        })), HttpStatusCode.NoContent);
    }

    private async Task<bool> ConfirmedAsync(string bookingId)
    {
        var site = await fixture.Server.Services.GetRequiredService<IGrainFactory>().GetGrain<ISiteGrain>(Wenzhou).GetSnapshotAsync();
        return site.State.Bookings[bookingId].Confirmed;
    }

    private static APIRequestContextOptions Json(object body) => new() { DataObject = body };

    private static async Task ExpectAsync(IAPIResponse response, params HttpStatusCode[] expected) =>
        Assert.True(expected.Contains((HttpStatusCode)response.Status), $"{response.Url}: {response.Status} {await response.TextAsync()}");
}
