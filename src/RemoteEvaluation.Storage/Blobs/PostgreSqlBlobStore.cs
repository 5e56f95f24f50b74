using Npgsql;
using NpgsqlTypes;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Storage.PostgreSql;

namespace RemoteEvaluation.Storage.Blobs;

/// <summary>Blobs in the shared PostgreSQL database: a blob stored by one node is read by every other.</summary>
public sealed class PostgreSqlBlobStore(NpgsqlDataSource dataSource) : IBlobStore
{
    public async Task<string> PutAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        var sha256 = BlobHash.Of(content.Span);
        await using var command = dataSource.CreateCommand("INSERT INTO blobs (sha256, content, size) VALUES ($1, $2, $3) ON CONFLICT (sha256) DO NOTHING");
        command.Parameters.Add(new NpgsqlParameter { Value = sha256 });
        command.Parameters.Add(new NpgsqlParameter<ReadOnlyMemory<byte>> { TypedValue = content, NpgsqlDbType = NpgsqlDbType.Bytea });
        command.Parameters.Add(new NpgsqlParameter { Value = (long)content.Length });
        await ExecuteAsync(() => command.ExecuteNonQueryAsync(cancellationToken));
        return sha256;
    }

    public async Task<byte[]?> GetAsync(string sha256, CancellationToken cancellationToken = default)
    {
        if (BlobHash.Normalise(sha256) is not { } name)
        {
            return null;
        }

        await using var command = dataSource.CreateCommand("SELECT content FROM blobs WHERE sha256 = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = name });
        return await ExecuteAsync(() => command.ExecuteScalarAsync(cancellationToken)) as byte[];
    }

    private static async Task<T> ExecuteAsync<T>(Func<Task<T>> run)
    {
        try
        {
            return await run();
        }
        catch (Exception ex) when (PostgreSqlFaults.IsTransient(ex))
        {
            throw PostgreSqlFaults.Wrap(ex);
        }
    }
}
