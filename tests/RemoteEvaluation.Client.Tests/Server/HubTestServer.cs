using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RemoteEvaluation.Contracts;

namespace RemoteEvaluation.Client.Tests.Server;

/// <summary>A real Kestrel server on 127.0.0.1 with <see cref="TestEvaluationHub"/> at <c>/hubs/evaluation</c> and a <see cref="SilentEndpoint"/> at <c>/silent</c>.</summary>
public sealed class HubTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private HubTestServer(WebApplication app, int port, ScoreLog log, ConnectionRegistry connections, SilentEndpoint silent)
    {
        _app = app;
        Port = port;
        Log = log;
        Connections = connections;
        Silent = silent;
    }

    public int Port { get; }

    public ScoreLog Log { get; }

    public ConnectionRegistry Connections { get; }

    public SilentEndpoint Silent { get; }

    public Uri HubUrl => new($"http://127.0.0.1:{Port}/hubs/evaluation");

    public Uri SilentUrl => new($"ws://127.0.0.1:{Port}/silent");

    /// <summary>Starts a server on <paramref name="port"/> (0 for any free port), sharing <paramref name="log"/> when given so a restart keeps the events.</summary>
    public static async Task<HubTestServer> StartAsync(
        int port = 0, ScoreLog? log = null, TimeSpan? keepAlive = null, TimeSpan? clientTimeout = null)
    {
        log ??= new ScoreLog();
        var connections = new ConnectionRegistry();
        var silent = new SilentEndpoint();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.Services.AddSingleton(log).AddSingleton(connections);
        builder.Services.AddSignalR(o =>
        {
            o.KeepAliveInterval = keepAlive ?? TimeSpan.FromSeconds(15);
            o.ClientTimeoutInterval = clientTimeout ?? TimeSpan.FromSeconds(30);
            o.EnableDetailedErrors = false;
        }).AddJsonProtocol(o => o.PayloadSerializerOptions.TypeInfoResolver =
            JsonTypeInfoResolver.Combine(ContractsJsonContext.Default, new DefaultJsonTypeInfoResolver()));

        var app = builder.Build();
        app.Urls.Add($"http://127.0.0.1:{port}");
        app.UseWebSockets();
        app.MapHub<TestEvaluationHub>("/hubs/evaluation");
        app.Map("/silent", silent.HandleAsync);
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new HubTestServer(app, new Uri(address).Port, log, connections, silent);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
