using Microsoft.Data.Sqlite;

namespace RemoteEvaluation.Storage.Sqlite;

/// <summary>Which SQLite errors are worth retrying: the database was locked or busy.</summary>
internal static class SqliteFaults
{
    private const int Busy = 5;
    private const int Locked = 6;

    public static bool IsTransient(SqliteException exception) =>
        exception.SqliteErrorCode is Busy or Locked || exception.SqliteExtendedErrorCode is Busy or Locked;
}
