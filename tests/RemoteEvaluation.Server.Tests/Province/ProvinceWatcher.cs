using RemoteEvaluation.Client;
using RemoteEvaluation.Contracts;
using RemoteEvaluation.Server.Province;
using RemoteEvaluation.Server.Tests.Hubs;

namespace RemoteEvaluation.Server.Tests.Province;

/// <summary>A staff member on the province board (<c>/hubs/province</c>) over the real client, with the alerts it is told as code:site:session.</summary>
internal sealed class ProvinceWatcher : IAsyncDisposable
{
    private readonly List<string> alerts = [];

    private ProvinceWatcher(HubConnection connection)
    {
        Connection = connection;
        connection.On<AlertNotice>("Alert", a =>
        {
            lock (alerts)
            {
                alerts.Add($"{a.Code}:{a.SiteId}:{a.SessionId}");
            }
        });
    }

    public HubConnection Connection { get; }

    public IReadOnlyList<string> Alerts
    {
        get
        {
            lock (alerts)
            {
                return [.. alerts];
            }
        }
    }

    /// <summary>Connected as <paramref name="who"/>, not yet watching.</summary>
    public static async Task<HubConnection> ConnectAsync(LiveServer server, string who)
    {
        var token = await server.StaffTokenAsync(who);
        var connection = new HubConnection(new HubConnectionOptions
        {
            Url = new Uri(server.HubUrl, ProvinceHosting.Path),
            AccessTokenProvider = _ => ValueTask.FromResult<string?>(token),
            HandshakeTimeout = Wire.Patience,
            ServerTimeout = Wire.Patience,
            ShouldReconnect = (_, _) => ValueTask.FromResult(false),
        });
        await connection.StartAsync(Wire.Cancel).Within();
        return connection;
    }

    /// <summary>Connected as <paramref name="who"/> and watching: <c>Watch</c> has answered today's sessions.</summary>
    public static async Task<ProvinceWatcher> WatchAsync(LiveServer server, string who)
    {
        var watcher = new ProvinceWatcher(await ConnectAsync(server, who));
        await watcher.Connection.InvokeAsync<IReadOnlyList<ProvinceSession>>("Watch", [], Wire.Cancel).Within();
        return watcher;
    }

    public ValueTask DisposeAsync() => Connection.DisposeAsync();
}
