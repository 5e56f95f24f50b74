using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace RemoteEvaluation.Server.Tests;

/// <summary>The real server on a fresh SQLite file in a temporary folder, or on a PostgreSQL database when one is given.</summary>
public sealed class ServerFactory : WebApplicationFactory<Program>
{
    private readonly string folder = Directory.CreateTempSubdirectory("re-server-").FullName;

    public string DatabasePath => Path.Combine(folder, "events.db");

    public bool LoadProvince { get; init; }

    /// <summary>Schedule the demo session with its bid documents on start (off by default: most tests want an empty log).</summary>
    public bool LoadSession { get; init; }

    /// <summary>A PostgreSQL database to use instead of SQLite (the demo accounts are seeded there too).</summary>
    public string? PostgreSql { get; init; }

    /// <summary>Services a test adds to the real ones (a recording hub filter, a clock).</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (PostgreSql is { } postgres)
        {
            builder.UseSetting("ConnectionStrings:Events", postgres);
            builder.UseSetting("Storage:Provider", "PostgreSql");
            builder.UseSetting("Demo:Seed", "true");
        }
        else
        {
            builder.UseSetting("ConnectionStrings:Events", $"Data Source={DatabasePath}");
            builder.UseSetting("Storage:Provider", "Sqlite");
        }

        // Importing 360 experts at every start would slow every test; DemoProvinceTests switches it on.
        builder.UseSetting("Demo:LoadProvince", LoadProvince ? "true" : "false");
        builder.UseSetting("Demo:LoadSession", LoadSession ? "true" : "false");
        if (TestServices is { } add)
        {
            builder.ConfigureTestServices(add);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
