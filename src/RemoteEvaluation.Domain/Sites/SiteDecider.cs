namespace RemoteEvaluation.Domain.Sites;

/// <summary>The rules of the centre directory and seat calendar (交易中心与席位): <c>Decide</c> and <c>Evolve</c>.</summary>
public sealed class SiteDecider : IDecider<SiteState, SiteCommand, SiteEvent>
{
    public static SiteState Initial => SiteState.Empty;

    public static Decision<SiteEvent> Decide(SiteState state, SiteCommand command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (command is RegisterSite register)
        {
            return Register(state, register);
        }

        if (!state.IsRegistered)
        {
            return Reject(SiteRejections.NotRegistered, "Register the centre first.");
        }

        return command switch
        {
            AddRoom c => AddRoom(state, c),
            ApproveLink c => ApproveLink(state, c),
            BookSeats c => Book(state, c),
            ConfirmBooking c => Confirm(state, c),
            CancelBooking c => Cancel(state, c),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command?.GetType().Name, "Unknown site command."),
        };
    }

    public static SiteState Evolve(SiteState state, SiteEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(state);
        return recorded switch
        {
            SiteRegistered e => state with { Name = e.Name, Region = e.Region, Level = e.Level },
            RoomAdded e => state with { Rooms = state.Rooms.SetItem(e.RoomId, e.Seats) },
            LinkApproved e => state with { LinkedSiteIds = state.LinkedSiteIds.Add(e.OtherSiteId) },
            SeatsBooked e => state with
            {
                Bookings = state.Bookings.SetItem(e.BookingId, new SeatBooking(e.BookingId, e.SessionId, e.HostSiteId, e.From, e.To, e.Seats, false, false)),
            },
            BookingConfirmed e => state with { Bookings = state.Bookings.SetItem(e.BookingId, state.Bookings[e.BookingId] with { Confirmed = true }) },
            BookingCancelled e => state with { Bookings = state.Bookings.SetItem(e.BookingId, state.Bookings[e.BookingId] with { Cancelled = true }) },
            _ => state,
        };
    }

    private static Decision<SiteEvent> Register(SiteState state, RegisterSite c)
    {
        if (state.IsRegistered)
        {
            return state.Name == c.Name && state.Region == c.Region && state.Level == c.Level
                ? Decision<SiteEvent>.Accept()
                : Reject(SiteRejections.AlreadyRegistered, "This centre is already registered with other details.");
        }

        return string.IsNullOrWhiteSpace(c.Name) || c.Region.Value is null || c.Level == SiteLevel.None
            ? Reject(SiteRejections.FieldRequired, "A centre needs a name, a region code and a level.")
            : Accept(new SiteRegistered(c.Name.Trim(), c.Region, c.Level));
    }

    private static Decision<SiteEvent> AddRoom(SiteState state, AddRoom c)
    {
        if (string.IsNullOrWhiteSpace(c.RoomId) || string.IsNullOrWhiteSpace(c.Name))
        {
            return Reject(SiteRejections.FieldRequired, "A room needs an id and a name.");
        }

        if (c.Seats is < 1 or > 500)
        {
            return Reject(SiteRejections.InvalidSeats, "A room has from 1 to 500 seats.");
        }

        return state.Rooms.ContainsKey(c.RoomId)
            ? Reject(SiteRejections.RoomExists, $"Room {c.RoomId} already exists.")
            : Accept(new RoomAdded(c.RoomId, c.Name.Trim(), c.Seats));
    }

    private static Decision<SiteEvent> ApproveLink(SiteState state, ApproveLink c)
    {
        if (string.IsNullOrWhiteSpace(c.OtherSiteId) || string.IsNullOrWhiteSpace(c.CoordinatorId))
        {
            return Reject(SiteRejections.FieldRequired, "A link names the other centre and the approving coordinator.");
        }

        return state.LinkedSiteIds.Contains(c.OtherSiteId) ? Decision<SiteEvent>.Accept() : Accept(new LinkApproved(c.OtherSiteId, c.CoordinatorId));
    }

    private static Decision<SiteEvent> Book(SiteState state, BookSeats c)
    {
        if (string.IsNullOrWhiteSpace(c.BookingId) || string.IsNullOrWhiteSpace(c.SessionId) || string.IsNullOrWhiteSpace(c.HostSiteId))
        {
            return Reject(SiteRejections.FieldRequired, "A booking needs its id, the session and the host centre.");
        }

        if (c.To <= c.From || c.Seats < 1)
        {
            return Reject(c.Seats < 1 ? SiteRejections.InvalidSeats : SiteRejections.InvalidPeriod, "A booking needs at least one seat and a period that ends after it starts.");
        }

        if (state.Bookings.ContainsKey(c.BookingId))
        {
            return Reject(SiteRejections.BookingExists, $"Booking {c.BookingId} already exists.");
        }

        var free = state.FreeSeats(c.From, c.To);
        return c.Seats > free
            ? Reject(SiteRejections.NoFreeSeats, $"{c.Seats} seats asked, {free} free from {c.From:u} to {c.To:u}.")
            : Accept(new SeatsBooked(c.BookingId, c.SessionId, c.HostSiteId, c.From, c.To, c.Seats));
    }

    private static Decision<SiteEvent> Confirm(SiteState state, ConfirmBooking c)
    {
        if (!state.Bookings.TryGetValue(c.BookingId ?? string.Empty, out var booking))
        {
            return Reject(SiteRejections.UnknownBooking, $"There is no booking {c.BookingId}.");
        }

        if (booking.Cancelled)
        {
            return Reject(SiteRejections.BookingCancelled, $"Booking {c.BookingId} was cancelled.");
        }

        return booking.Confirmed ? Decision<SiteEvent>.Accept() : Accept(new BookingConfirmed(c.BookingId!, c.StaffId));
    }

    private static Decision<SiteEvent> Cancel(SiteState state, CancelBooking c)
    {
        if (!state.Bookings.TryGetValue(c.BookingId ?? string.Empty, out var booking))
        {
            return Reject(SiteRejections.UnknownBooking, $"There is no booking {c.BookingId}.");
        }

        return booking.Cancelled ? Decision<SiteEvent>.Accept() : Accept(new BookingCancelled(c.BookingId!, c.Reason));
    }

    private static Decision<SiteEvent> Accept(SiteEvent e) => Decision<SiteEvent>.Accept(e);

    private static Decision<SiteEvent> Reject(string code, string message) => Decision<SiteEvent>.Reject(code, message);
}
