using RemoteEvaluation.Domain.Experts;
using RemoteEvaluation.Domain.Sites;

namespace RemoteEvaluation.Domain.Tests.Experts;

public sealed class SiteRejectionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Morning = new(2026, 12, 1, 1, 0, 0, TimeSpan.Zero);
    private static readonly RegisterSite Ningbo = new("宁波市公共资源交易中心", RegionCode.Parse("330203"), SiteLevel.City);

    [Fact]
    public void booking_a_centre_that_is_not_registered_is_rejected()
    {
        var decision = SiteDecider.Decide(SiteState.Empty, Book("b-1", 2, Morning), Now);

        AssertRejected(SiteRejections.NotRegistered, decision);
    }

    [Fact]
    public void registering_a_centre_again_with_other_details_is_rejected()
    {
        var site = Apply(SiteState.Empty, Ningbo);

        var decision = SiteDecider.Decide(site, Ningbo with { Level = SiteLevel.Province }, Now);

        AssertRejected(SiteRejections.AlreadyRegistered, decision);
    }

    [Fact]
    public void adding_a_room_under_an_id_already_taken_is_rejected()
    {
        var site = Centre(seats: 6);

        var decision = SiteDecider.Decide(site, new AddRoom("r-1", "评标室二", 4), Now);

        AssertRejected(SiteRejections.RoomExists, decision);
        Assert.Equal(6, site.Capacity);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(501)]
    public void a_room_with_no_seats_or_more_than_five_hundred_is_rejected(int seats)
    {
        var site = Apply(SiteState.Empty, Ningbo);

        var decision = SiteDecider.Decide(site, new AddRoom("r-1", "评标室一", seats), Now);

        AssertRejected(SiteRejections.InvalidSeats, decision);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void a_booking_that_does_not_end_after_it_starts_is_rejected(int hours)
    {
        var site = Centre(seats: 6);

        var decision = SiteDecider.Decide(site, new BookSeats("b-1", "s-1", "site-hz", Morning, Morning.AddHours(hours), 2), Now);

        AssertRejected(SiteRejections.InvalidPeriod, decision);
    }

    [Fact]
    public void booking_again_under_a_booking_id_already_taken_is_rejected()
    {
        var site = Apply(Centre(seats: 6), Book("b-1", 2, Morning));

        var decision = SiteDecider.Decide(site, Book("b-1", 2, Morning.AddDays(1)), Now);

        AssertRejected(SiteRejections.BookingExists, decision);
        Assert.Equal(4, site.FreeSeats(Morning, Morning.AddHours(4)));
    }

    [Fact]
    public void confirming_a_cancelled_booking_is_rejected()
    {
        var site = Apply(Apply(Centre(seats: 6), Book("b-1", 2, Morning)), new CancelBooking("b-1", "会议取消"));

        var decision = SiteDecider.Decide(site, new ConfirmBooking("b-1", "staff-1"), Now);

        AssertRejected(SiteRejections.BookingCancelled, decision);
        Assert.False(site.Bookings["b-1"].Confirmed);
    }

    private static void AssertRejected(string code, Decision<SiteEvent> decision)
    {
        Assert.Equal(code, decision.Rejection?.Code);
        Assert.Empty(decision.Events);
        Assert.False(string.IsNullOrWhiteSpace(decision.Rejection?.Message));
    }

    private static SiteState Centre(int seats) => Apply(Apply(SiteState.Empty, Ningbo), new AddRoom("r-1", "评标室一", seats));

    private static BookSeats Book(string id, int seats, DateTimeOffset from) => new(id, "s-" + id, "site-hz", from, from.AddHours(4), seats);

    private static SiteState Apply(SiteState state, SiteCommand command)
    {
        var decision = SiteDecider.Decide(state, command, Now);
        Assert.False(decision.IsRejected, decision.Rejection?.ToString());
        return decision.Events.Aggregate(state, SiteDecider.Evolve);
    }
}
