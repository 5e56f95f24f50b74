using System.Net.Sockets;
using Npgsql;
using RemoteEvaluation.Grains.Persistence;

namespace RemoteEvaluation.Storage.PostgreSql;

/// <summary>Which Npgsql faults are worth retrying, and the one exception type callers retry on.</summary>
internal static class PostgreSqlFaults
{
    /// <summary>The server's <c>23505</c>: a unique key refused a row.</summary>
    public const string UniqueViolation = "23505";

    // 57P01 admin shutdown (also what pg_terminate_backend sends), 57P02 crash shutdown, 57P03 cannot
    // connect now (starting up or in recovery), 53300 too many connections, 40001 serialization failure,
    // 40P01 deadlock; class 08 is every connection exception.
    private static readonly HashSet<string> TransientStates = ["57P01", "57P02", "57P03", "53300", "40001", "40P01"];

    public static bool IsTransient(Exception exception) => exception switch
    {
        PostgresException pg => pg.IsTransient || TransientStates.Contains(pg.SqlState) || pg.SqlState.StartsWith("08", StringComparison.Ordinal),
        NpgsqlException npgsql => npgsql.IsTransient || npgsql.InnerException is SocketException or IOException or TimeoutException,
        SocketException => true,
        _ => false,
    };

    /// <summary>
    /// Wraps a transient fault. A fault while COMMIT was in flight leaves the outcome unknown: callers
    /// retry with the same command id, which returns the first result if the commit did land.
    /// </summary>
    public static TransientStoreException Wrap(Exception exception) =>
        new("The PostgreSQL database could not be reached or was busy; repeat the call.", exception);
}
