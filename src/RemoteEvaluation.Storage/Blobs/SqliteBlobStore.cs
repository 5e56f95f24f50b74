using Microsoft.Data.Sqlite;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Storage.Chain;
using RemoteEvaluation.Storage.Sqlite;

namespace RemoteEvaluation.Storage.Blobs;

/// <summary>
/// Blobs in the embedded SQLite file, beside the events. Each put is one short transaction of its own: SQLite waits
/// (busy timeout) for the event writer's group commit rather than joining its queue.
/// </summary>
public sealed class SqliteBlobStore(string connectionString, TimeProvider time) : IBlobStore
{
    public async Task<string> PutAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        var sha256 = BlobHash.Of(content.Span);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO blobs (sha256, content, size, stored_at) VALUES ($sha, $content, $size, $at)
            ON CONFLICT (sha256) DO NOTHING
            """;
        command.Parameters.AddWithValue("$sha", sha256);
        command.Parameters.Add("$content", SqliteType.Blob).Value = content.ToArray();
        command.Parameters.AddWithValue("$size", content.Length);
        command.Parameters.AddWithValue("$at", RecordedTime.ToMicros(time.GetUtcNow()));
        await ExecuteAsync(() => command.ExecuteNonQueryAsync(cancellationToken));
        return sha256;
    }

    public async Task<byte[]?> GetAsync(string sha256, CancellationToken cancellationToken = default)
    {
        if (BlobHash.Normalise(sha256) is not { } name)
        {
            return null;
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT content FROM blobs WHERE sha256 = $sha";
        command.Parameters.AddWithValue("$sha", name);
        return await ExecuteAsync(() => command.ExecuteScalarAsync(cancellationToken)) as byte[];
    }

    private static async Task<T> ExecuteAsync<T>(Func<Task<T>> run)
    {
        try
        {
            return await run();
        }
        catch (SqliteException ex) when (SqliteFaults.IsTransient(ex))
        {
            throw new TransientStoreException("The SQLite database is busy.", ex);
        }
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch (SqliteException ex) when (SqliteFaults.IsTransient(ex))
        {
            await connection.DisposeAsync();
            throw new TransientStoreException("The SQLite database is busy.", ex);
        }
    }
}
