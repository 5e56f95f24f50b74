using Npgsql;
using RemoteEvaluation.Storage.PostgreSql;

namespace RemoteEvaluation.Storage.Tests.PostgreSql;

/// <summary>
/// The store's pooled connections skip the reset and prepare their statements, unless the operator's connection
/// string says otherwise (no database needed: building the parts does not connect).
/// </summary>
public sealed class Pooled_connections
{
    private const string Plain = "Host=127.0.0.1;Database=re;Username=re;Password=secret";

    [Fact]
    public async Task go_back_to_the_pool_without_a_reset_and_prepare_their_statements()
    {
        await using var storage = PostgreSqlStorage.Create(Plain);

        var settings = new NpgsqlConnectionStringBuilder(storage.DataSource.ConnectionString);
        Assert.True(settings.NoResetOnClose);
        Assert.Equal(32, settings.MaxAutoPrepare);
    }

    [Theory]
    [InlineData(";No Reset On Close=false;Max Auto Prepare=0")]
    [InlineData(";noresetonclose=false;MAXAUTOPREPARE=0")]
    public async Task keep_what_the_connection_string_names(string named)
    {
        await using var storage = PostgreSqlStorage.Create(Plain + named);

        var settings = new NpgsqlConnectionStringBuilder(storage.DataSource.ConnectionString);
        Assert.False(settings.NoResetOnClose);
        Assert.Equal(0, settings.MaxAutoPrepare);
    }
}
