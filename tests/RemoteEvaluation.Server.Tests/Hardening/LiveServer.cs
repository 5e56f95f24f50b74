using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Committee;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Server.Accounts;
using RemoteEvaluation.Server.Tests.Accounts;

namespace RemoteEvaluation.Server.Tests.Hardening;

/// <summary>The real server on real Kestrel (a loopback port, real WebSockets) over a fresh SQLite file, with every log line captured.</summary>
internal sealed class LiveServer : IAsyncDisposable
{
    private readonly ServerFactory factory;
    private readonly WebApplicationFactory<Program> kestrel;
    private readonly List<Participant> participants = [];

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

    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    /// <summary>A demo staff account's bearer token from the real sign-in endpoint.</summary>
    public async Task<string> StaffTokenAsync(string username)
    {
        using var response = await Http.LoginAsync(username, Api.DemoPassword);
        return (await response.JsonAsync()).GetProperty("accessToken").GetString()!;
    }

    /// <summary>The token a redeemed check-in code gives a member of <see cref="ScoringSession"/>: bound to (session, member, centre).</summary>
    public string MemberToken(string sessionId, string personId)
    {
        var member = ScoringSession.Member(personId);
        var role = member.Kind == MemberKind.TendererRepresentative ? ActorRole.TendererRepresentative : ActorRole.Expert;
        return Services.GetRequiredService<ExpertAccess>().Issue(sessionId, personId, member.SiteId, DateTimeOffset.UtcNow.AddHours(12), role).AccessToken;
    }

    /// <summary>A member of <see cref="ScoringSession"/> connected with the real .NET client and joined to the session.</summary>
    public async Task<Participant> JoinAsync(string sessionId, string personId, bool reconnect = false, bool tokenHeader = true)
    {
        var participant = await Participant.JoinAsync(HubUrl, MemberToken(sessionId, personId), sessionId, reconnect, tokenHeader);
        participants.Add(participant);
        return participant;
    }

    /// <summary>
    /// Starts the server with extra <paramref name="settings"/> and test-only <paramref name="testServices"/> (never in
    /// production code), on SQLite or on the PostgreSQL database <paramref name="postgreSql"/>.
    /// </summary>
    public static LiveServer Start(IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? testServices = null, string? postgreSql = null)
    {
        var logs = new LogCapture();
        var factory = new ServerFactory { PostgreSql = postgreSql };
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
        foreach (var participant in participants)
        {
            await participant.DisposeAsync();
        }

        Http.Dispose();
        await kestrel.DisposeAsync();
        await factory.DisposeAsync();
    }
}
