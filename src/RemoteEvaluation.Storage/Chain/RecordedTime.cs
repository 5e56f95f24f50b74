namespace RemoteEvaluation.Storage.Chain;

/// <summary>
/// Recorded times are kept at microsecond precision, the finest both SQLite integers and
/// PostgreSQL <c>timestamptz</c> hold exactly, so the hashed value survives a round trip.
/// </summary>
public static class RecordedTime
{
    public static long ToMicros(DateTimeOffset time) => (time.UtcTicks - DateTimeOffset.UnixEpoch.Ticks) / 10;

    public static DateTimeOffset FromMicros(long micros) => new(DateTimeOffset.UnixEpoch.Ticks + (micros * 10), TimeSpan.Zero);

    public static DateTimeOffset Truncate(DateTimeOffset time) => FromMicros(ToMicros(time));
}
