namespace RemoteEvaluation.Client.Tests.Connection;

/// <summary>Client options for tests: short keep-alive and backoff so that reconnects happen within seconds.</summary>
internal static class TestClients
{
    public static HubConnectionOptions Options(Uri url) => new()
    {
        Url = url,
        KeepAliveInterval = TimeSpan.FromSeconds(1),
        ServerTimeout = TimeSpan.FromSeconds(20),
        HandshakeTimeout = TimeSpan.FromSeconds(20),
        Backoff = new ReconnectBackoff { InitialDelay = TimeSpan.FromMilliseconds(50), MaxDelay = TimeSpan.FromSeconds(1) },
    };

    public static async Task<HubConnection> ConnectAsync(HubConnectionOptions options)
    {
        var connection = new HubConnection(options);
        await connection.StartAsync(TestContext.Current.CancellationToken).Within();
        return connection;
    }
}
