using RemoteEvaluation.Grains.Persistence;

namespace RemoteEvaluation.Server.Hosting;

/// <summary>
/// A database outage (存储故障) that outlasted the grain's own retries, as hubs and HTTP endpoints both recognise and
/// answer it: the retriable <see cref="StoreRejections.Unavailable"/>.
/// </summary>
public static class StoreOutage
{
    /// <summary>How long HTTP clients are asked to wait before sending the same request again (<c>Retry-After</c>).</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    /// <summary>Whether <paramref name="exception"/> or anything it wraps is a transient store fault.</summary>
    public static bool Caused(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is TransientStoreException)
            {
                return true;
            }
        }

        return false;
    }
}
