using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RemoteEvaluation.Client;
using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Committee;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Server.Accounts;
using RemoteEvaluation.Server.Tests.Accounts;
using RemoteEvaluation.Server.Tests.Hardening;
using RemoteEvaluation.Server.Tests.Hubs;

namespace RemoteEvaluation.Server.Tests;

/// <summary>
/// The real server on real Kestrel (127.0.0.1, a free port, real WebSockets) over a fresh SQLite file or a given
/// PostgreSQL database, with the demo accounts and every log line captured.
/// </summary>
internal sealed class LiveServer : IAsyncDisposable
{
    private readonly ServerFactory factory;
    private readonly List<IAsyncDisposable> connections = [];
    private readonly ConcurrentDictionary<string, Task<string>> staffTokens = new(StringComparer.Ordinal);

    private LiveServer(ServerFactory factory, LogCapture logs)
    {
        this.factory = factory;
        Logs = logs;
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Address = new Uri(address);
        Http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri Address { get; }

    public Uri HubUrl => new(Address, "/hubs/evaluation");

    /// <summary>A client without cookies or headers of its own, like a non-browser integrator.</summary>
    public HttpClient Http { get; }

    /// <summary>Every line the server logged, at every level.</summary>
    public LogCapture Logs { get; }

    public IServiceProvider Services => factory.Services;

    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    public IEventStore Store => Services.GetRequiredService<IEventStore>();

    /// <summary>
    /// Starts the server with extra <paramref name="settings"/> and test-only <paramref name="testServices"/> (never in
    /// production code), on SQLite or on the PostgreSQL database <paramref name="postgreSql"/>.
    /// </summary>
    public static LiveServer Start(IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? testServices = null, string? postgreSql = null)
    {
        var logs = new LogCapture();
        var factory = new ServerFactory
        {
            PostgreSql = postgreSql,
            Settings = settings,
            TestServices = services =>
            {
                // No rule of the capture's own: it would outrank the server's filters that keep tokens out of the log.
                services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
                testServices?.Invoke(services);
            },
        };
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        return new LiveServer(factory, logs);
    }

    /// <summary>A demo staff account's bearer token from the real sign-in endpoint (once per account: sign-in is rate limited).</summary>
    public Task<string> StaffTokenAsync(string username) => staffTokens.GetOrAdd(username, SignInAsync);

    /// <summary>The token a redeemed check-in code gives a member of <see cref="LiveSession"/>: bound to (session, member, centre).</summary>
    public string MemberToken(string sessionId, string personId)
    {
        var member = LiveSession.Members.Single(m => m.PersonId == personId);
        var role = member.Kind == MemberKind.TendererRepresentative ? ActorRole.TendererRepresentative : ActorRole.Expert;
        return MemberToken(sessionId, personId, member.SiteId, role);
    }

    /// <summary>A token bound to (session, member, centre), as a redeemed check-in code gives one.</summary>
    public string MemberToken(string sessionId, string personId, string siteId, ActorRole role = ActorRole.Expert) =>
        Services.GetRequiredService<ExpertAccess>().Issue(sessionId, personId, siteId, DateTimeOffset.UtcNow.AddHours(12), role).AccessToken;

    /// <summary>A member of <see cref="LiveSession"/> connected with the real .NET client and joined to the session.</summary>
    public async Task<Participant> JoinAsync(string sessionId, string personId, bool reconnect = false, bool tokenHeader = true)
    {
        var participant = await Participant.JoinAsync(HubUrl, MemberToken(sessionId, personId), sessionId, reconnect, tokenHeader);
        connections.Add(participant);
        return participant;
    }

    /// <summary>A connected <see cref="HubClient"/> (the real .NET client over a WebSocket) signed in as member or staff <paramref name="who"/>.</summary>
    public async Task<HubClient> ConnectAsync(string who, string sessionId) =>
        await ConnectWithTokenAsync(LiveSession.Members.Any(m => m.PersonId == who) ? MemberToken(sessionId, who) : await StaffTokenAsync(who));

    public async Task<HubClient> ConnectWithTokenAsync(string? token)
    {
        var client = await HubClient.ConnectAsync(HubUrl, token);
        connections.Add(client);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in connections)
        {
            await connection.DisposeAsync();
        }

        Http.Dispose();
        await factory.DisposeAsync();
    }

    private async Task<string> SignInAsync(string username)
    {
        using var response = await Http.LoginAsync(username, Api.DemoPassword);
        response.EnsureSuccessStatusCode();
        return (await response.JsonAsync()).GetProperty("accessToken").GetString()!;
    }
}
