using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace RemoteEvaluation.Storage.Sqlite;

/// <summary>
/// Copies the write-ahead log back into the database file beside the writer. SQLite's automatic checkpoint runs inside
/// the commit that crosses its threshold, so every append queued behind that commit waited for the copy and its fsync;
/// a passive checkpoint on a connection of its own never blocks the writer, and running it each second after any
/// commit keeps the log short.
/// </summary>
internal sealed class SqliteCheckpoints : IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private readonly string connectionString;
    private readonly ILogger logger;
    private readonly CancellationTokenSource stopping = new();
    private readonly Task loop;
    private int committed;
    private int disposed;

    public SqliteCheckpoints(string connectionString, ILogger logger)
    {
        this.connectionString = connectionString;
        this.logger = logger;
        loop = Task.Run(RunAsync);
    }

    /// <summary>The writer committed a batch: the next tick checkpoints.</summary>
    public void Committed() => Volatile.Write(ref committed, 1);

    public async ValueTask DisposeAsync()
    {
        // The store is registered under two service types, so the container may dispose it twice.
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        await stopping.CancelAsync();
        await loop;
        stopping.Dispose();
        Checkpoint(); // what the last second wrote
    }

    private async Task RunAsync()
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping.Token))
            {
                if (Interlocked.Exchange(ref committed, 0) == 1)
                {
                    Checkpoint();
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed.
        }
    }

    private void Checkpoint()
    {
        try
        {
            using var connection = new SqliteConnection(connectionString);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
            command.ExecuteNonQuery();
        }
        catch (Exception ex) when (ex is SqliteException or IOException)
        {
            // The log only grows until the next checkpoint that succeeds; appends are unaffected.
            StorageLog.CheckpointFailed(logger, ex);
        }
    }
}
