using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using RemoteEvaluation.Domain.Tests.Infrastructure;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Grains.Sessions;
using RemoteEvaluation.Server.Tests.Accounts;

namespace RemoteEvaluation.Server.Tests.Audit;

/// <summary>
/// The real server on SQLite (no database given) or PostgreSQL, on a fake clock so that scripted sessions run at their
/// times, with a back door to the stored rows for the tests that play the attacker.
/// </summary>
internal sealed class AuditServer : IAsyncDisposable
{
    private AuditServer(ServerFactory factory, FakeTimeProvider time, string? postgreSql)
    {
        Factory = factory;
        Time = time;
        PostgreSql = postgreSql;
    }

    public ServerFactory Factory { get; }

    public FakeTimeProvider Time { get; }

    private string? PostgreSql { get; }

    public static AuditServer Start(string? postgreSql)
    {
        var time = new FakeTimeProvider(Specs.Start.AddDays(-3));
        var factory = new ServerFactory { PostgreSql = postgreSql, TestServices = s => s.AddSingleton<TimeProvider>(time) };
        _ = factory.Services; // start the host now, on this clock
        return new AuditServer(factory, time, postgreSql);
    }

    public ISessionGrain Session(string sessionId) => Factory.Services.GetRequiredService<IGrainFactory>().GetGrain<ISessionGrain>(sessionId);

    /// <summary>Runs SQL on the stored rows beside the server, as an operator with a database console would.</summary>
    public async Task<int> ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = Open();
        await connection.OpenAsync(Api.Cancel);
        await using var command = Command(connection, sql, parameters);

        return await command.ExecuteNonQueryAsync(Api.Cancel);
    }

    public async Task<byte[]> ReadBytesAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = Open();
        await connection.OpenAsync(Api.Cancel);
        await using var command = Command(connection, sql, parameters);

        return (byte[])(await command.ExecuteScalarAsync(Api.Cancel))!;
    }

    public async ValueTask DisposeAsync() => await Factory.DisposeAsync();

    private static DbCommand Command(DbConnection connection, string sql, (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private DbConnection Open() => PostgreSql is { } postgres
        ? new NpgsqlConnection(postgres)
        : new SqliteConnection($"Data Source={Factory.DatabasePath};Pooling=false");
}
