namespace RemoteEvaluation.Domain.Sites;

/// <summary>The stable rejection codes of the centre directory.</summary>
public static class SiteRejections
{
    public const string NotRegistered = "site.not_registered";
    public const string AlreadyRegistered = "site.already_registered";
    public const string FieldRequired = "site.field_required";
    public const string RoomExists = "site.room_exists";
    public const string InvalidSeats = "site.invalid_seats";
    public const string InvalidPeriod = "site.invalid_period";
    public const string NoFreeSeats = "site.no_free_seats";
    public const string BookingExists = "site.booking_exists";
    public const string UnknownBooking = "site.unknown_booking";
    public const string BookingCancelled = "site.booking_cancelled";
}
