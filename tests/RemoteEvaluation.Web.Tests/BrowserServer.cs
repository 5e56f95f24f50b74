using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace RemoteEvaluation.Web.Tests;

/// <summary>
/// The real server on real Kestrel (127.0.0.1, a free port) over a fresh SQLite file, with the demo accounts and the
/// demo session and its bid documents: what a browser meets after <c>dotnet run</c>.
/// </summary>
public sealed class BrowserServer : WebApplicationFactory<Program>
{
    private readonly string folder = Directory.CreateTempSubdirectory("re-web-").FullName;

    /// <summary>The address browsers open, such as <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address => new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");

    public static BrowserServer Start()
    {
        var server = new BrowserServer();
        server.UseKestrel(0);
        server.StartServer();
        return server;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Events", $"Data Source={Path.Combine(folder, "events.db")}");
        builder.UseSetting("Storage:Provider", "Sqlite");
        builder.UseSetting("Demo:LoadProvince", "false");
        builder.UseSetting("Demo:LoadSession", "true");
        // Every browser of a test signs in from 127.0.0.1: a whole committee and its centres, more than one person's limit.
        builder.UseSetting("Auth:LoginPermitLimit", "100");
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
