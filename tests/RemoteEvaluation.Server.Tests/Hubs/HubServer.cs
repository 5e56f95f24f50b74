using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using RemoteEvaluation.Client;
using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Server.Accounts;

namespace RemoteEvaluation.Server.Tests.Hubs;

/// <summary>The real server on real Kestrel (127.0.0.1, a free port) over a fresh SQLite file, with the demo accounts.</summary>
internal sealed class HubServer : IAsyncDisposable
{
    private readonly ServerFactory factory;
    private readonly List<HubClient> clients = [];
    private readonly ConcurrentDictionary<string, Task<string>> staffTokens = new(StringComparer.Ordinal);

    private HubServer(ServerFactory factory)
    {
        this.factory = factory;
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        HubUrl = new Uri(new Uri(address), "/hubs/evaluation");
    }

    public Uri HubUrl { get; }

    public IServiceProvider Services => factory.Services;

    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    public IEventStore Store => Services.GetRequiredService<IEventStore>();

    public static HubServer Start(Action<IServiceCollection>? testServices = null, string? postgreSql = null)
    {
        var factory = new ServerFactory { TestServices = testServices, PostgreSql = postgreSql };
        factory.UseKestrel(0);
        factory.StartServer();
        return new HubServer(factory);
    }

    /// <summary>A demo staff account's bearer token, from the real sign-in endpoint (once per account: sign-in is rate limited).</summary>
    public Task<string> StaffTokenAsync(string username) => staffTokens.GetOrAdd(username, SignInAsync);

    private async Task<string> SignInAsync(string username)
    {
        using var http = factory.CreateClient();
        var response = await http.PostAsJsonAsync("/api/auth/login", new { username, password = "Demo@2026" }, Wire.Cancel);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Wire.Cancel)).GetProperty("accessToken").GetString()!;
    }

    /// <summary>A token bound to (session, member, centre), as a redeemed check-in code gives one.</summary>
    public string MemberToken(string sessionId, string personId, string siteId, ActorRole role = ActorRole.Expert) =>
        Services.GetRequiredService<ExpertAccess>().Issue(sessionId, personId, siteId, DateTimeOffset.UtcNow.AddHours(12), role).AccessToken;

    /// <summary>A connected <see cref="HubClient"/> (the real .NET client over a WebSocket) signed in as <paramref name="who"/>.</summary>
    public async Task<HubClient> ConnectAsync(string who, string sessionId)
    {
        var token = LiveSession.Members.FirstOrDefault(m => m.PersonId == who) is { } member
            ? MemberToken(sessionId, member.PersonId, member.SiteId, member.Kind == Domain.Committee.MemberKind.TendererRepresentative ? ActorRole.TendererRepresentative : ActorRole.Expert)
            : await StaffTokenAsync(who);
        return await ConnectWithTokenAsync(token);
    }

    public async Task<HubClient> ConnectWithTokenAsync(string? token)
    {
        var client = await HubClient.ConnectAsync(new HubConnectionOptions
        {
            Url = HubUrl,
            AccessTokenProvider = _ => ValueTask.FromResult(token),
            HandshakeTimeout = Wire.Patience,
            ServerTimeout = Wire.Patience,
            ShouldReconnect = (_, _) => ValueTask.FromResult(false),
        });
        clients.Add(client);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in clients)
        {
            await client.DisposeAsync();
        }

        await factory.DisposeAsync();
    }
}
