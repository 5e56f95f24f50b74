using RemoteEvaluation.Domain.Experts;
using RemoteEvaluation.Domain.Sites;

namespace RemoteEvaluation.Domain.Tests.Experts;

public sealed class SeatCalendarTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Morning = new(2026, 12, 1, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void a_booking_beyond_the_free_seats_is_rejected()
    {
        var site = Centre(seats: 6);
        site = Apply(site, Book("b-1", 4, Morning));

        var decision = SiteDecider.Decide(site, Book("b-2", 3, Morning.AddHours(2)), Now);

        Assert.Equal(SiteRejections.NoFreeSeats, decision.Rejection?.Code);
        Assert.Equal(2, site.FreeSeats(Morning, Morning.AddHours(4)));
    }

    [Fact]
    public void bookings_at_different_times_use_the_same_seats()
    {
        var site = Apply(Centre(seats: 6), Book("b-1", 6, Morning));

        Assert.False(SiteDecider.Decide(site, Book("b-2", 6, Morning.AddDays(1)), Now).IsRejected);
    }

    [Fact]
    public void a_cancelled_booking_frees_its_seats()
    {
        var site = Apply(Apply(Centre(seats: 6), Book("b-1", 6, Morning)), new CancelBooking("b-1", "会议取消"));

        Assert.Equal(6, site.FreeSeats(Morning, Morning.AddHours(4)));
    }

    [Fact]
    public void the_remote_centre_confirms_a_booking_once()
    {
        var site = Apply(Apply(Centre(seats: 6), Book("b-1", 2, Morning)), new ConfirmBooking("b-1", "staff-1"));

        Assert.True(site.Bookings["b-1"].Confirmed);
        Assert.Empty(SiteDecider.Decide(site, new ConfirmBooking("b-1", "staff-1"), Now).Events);
        Assert.Equal(SiteRejections.UnknownBooking, SiteDecider.Decide(site, new ConfirmBooking("b-9", "staff-1"), Now).Rejection?.Code);
    }

    [Fact]
    public void a_link_needs_the_approving_coordinator()
    {
        var site = Centre(seats: 6);

        Assert.Equal(SiteRejections.FieldRequired, SiteDecider.Decide(site, new ApproveLink("site-nb", ""), Now).Rejection?.Code);
        Assert.Contains("site-nb", Apply(site, new ApproveLink("site-nb", "coordinator-1")).LinkedSiteIds);
    }

    private static SiteState Centre(int seats) =>
        Apply(Apply(SiteState.Empty, new RegisterSite("宁波市公共资源交易中心", RegionCode.Parse("330203"), SiteLevel.City)), new AddRoom("r-1", "评标室一", seats));

    private static BookSeats Book(string id, int seats, DateTimeOffset from) => new(id, "s-" + id, "site-hz", from, from.AddHours(4), seats);

    private static SiteState Apply(SiteState state, SiteCommand command)
    {
        var decision = SiteDecider.Decide(state, command, Now);
        Assert.False(decision.IsRejected, decision.Rejection?.ToString());
        return decision.Events.Aggregate(state, SiteDecider.Evolve);
    }
}
