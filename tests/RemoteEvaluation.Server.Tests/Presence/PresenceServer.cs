using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RemoteEvaluation.Contracts;
using RemoteEvaluation.Server.Presence;
using RemoteEvaluation.Server.Tests.Hubs;

namespace RemoteEvaluation.Server.Tests.Presence;

/// <summary>
/// The real server on Kestrel with a clock the test moves. The heartbeat timer is set to a day so it never fires by
/// itself: the test runs each round with <see cref="TickAsync"/>, and silence comes after 30 s of the test's clock.
/// </summary>
internal sealed class PresenceServer : IAsyncDisposable
{
    public static readonly TimeSpan SilenceAfter = TimeSpan.FromSeconds(30);

    private PresenceServer(LiveServer server, FakeTimeProvider clock)
    {
        Server = server;
        Clock = clock;
    }

    public LiveServer Server { get; }

    public FakeTimeProvider Clock { get; }

    public static PresenceServer Start(bool autoSuspend = false, string? postgreSql = null)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var server = LiveServer.Start(testServices: services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            services.Configure<PresenceOptions>(o =>
            {
                o.HeartbeatInterval = TimeSpan.FromDays(1);
                o.SilenceAfter = SilenceAfter;
                o.AutoSuspend = autoSuspend;
            });
        }, postgreSql: postgreSql);
        return new PresenceServer(server, clock);
    }

    /// <summary>One heartbeat round: probe every connection, record the centres unheard for too long.</summary>
    public Task TickAsync() => Server.Services.GetRequiredService<LinkMonitor>().TickAsync();

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}

/// <summary>What one connection received on the presence targets.</summary>
internal sealed class PresencePushes
{
    private readonly List<HeartbeatProbe> probes = [];
    private readonly List<PresenceUpdate> updates = [];
    private readonly List<AlertNotice> alerts = [];

    public PresencePushes(HubClient client)
    {
        client.Connection.On<HeartbeatProbe>("Heartbeat", p => Add(probes, p));
        client.Connection.On<PresenceUpdate>("Presence", u => Add(updates, u));
        client.Connection.On<AlertNotice>("Alert", a => Add(alerts, a));
    }

    public IReadOnlyList<HeartbeatProbe> Probes => Copy(probes);

    public IReadOnlyList<PresenceUpdate> Updates => Copy(updates);

    public IReadOnlyList<AlertNotice> Alerts => Copy(alerts);

    private static void Add<T>(List<T> list, T item)
    {
        lock (list)
        {
            list.Add(item);
        }
    }

    private static T[] Copy<T>(List<T> list)
    {
        lock (list)
        {
            return [.. list];
        }
    }
}
