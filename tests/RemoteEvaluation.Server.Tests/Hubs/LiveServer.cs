using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RemoteEvaluation.Server.Tests.Accounts;

namespace RemoteEvaluation.Server.Tests.Hubs;

/// <summary>The real server on real Kestrel (a loopback port, real WebSockets) over a fresh SQLite file, with every log line captured.</summary>
public sealed class LiveServer : IAsyncDisposable
{
    private readonly ServerFactory factory;
    private readonly WebApplicationFactory<Program> kestrel;

    private LiveServer(ServerFactory factory, WebApplicationFactory<Program> kestrel, LogCapture logs)
    {
        this.factory = factory;
        this.kestrel = kestrel;
        Logs = logs;
        var address = kestrel.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Address = new Uri(address);
        Http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri Address { get; }

    public Uri HubUrl => new(Address, "/hubs/evaluation");

    /// <summary>A client without cookies or headers of its own, like a non-browser integrator.</summary>
    public HttpClient Http { get; }

    public LogCapture Logs { get; }

    public IServiceProvider Services => kestrel.Services;

    /// <summary>Starts the server with extra <paramref name="settings"/> and test-only <paramref name="testServices"/> (never in production code).</summary>
    public static LiveServer Start(IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? testServices = null)
    {
        var logs = new LogCapture();
        var factory = new ServerFactory();
        var kestrel = factory.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
            builder.ConfigureTestServices(services => testServices?.Invoke(services));
        });
        kestrel.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        kestrel.StartServer();
        return new LiveServer(factory, kestrel, logs);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await kestrel.DisposeAsync();
        await factory.DisposeAsync();
    }
}
