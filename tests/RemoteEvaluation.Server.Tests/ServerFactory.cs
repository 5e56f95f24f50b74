using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace RemoteEvaluation.Server.Tests;

/// <summary>The real server on a fresh SQLite file in a temporary folder.</summary>
public sealed class ServerFactory : WebApplicationFactory<Program>
{
    private readonly string folder = Directory.CreateTempSubdirectory("re-server-").FullName;

    public string DatabasePath => Path.Combine(folder, "events.db");

    public bool LoadProvince { get; init; }

    /// <summary>Replaces services for one test: the clock or an outside gateway, nothing else.</summary>
    public Action<IServiceCollection>? Replace { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Events", $"Data Source={DatabasePath}");
        builder.UseSetting("Storage:Provider", "Sqlite");
        // Importing 360 experts at every start would slow every test; DemoProvinceTests switches it on.
        builder.UseSetting("Demo:LoadProvince", LoadProvince ? "true" : "false");
        if (Replace is { } replace)
        {
            builder.ConfigureTestServices(replace);
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
