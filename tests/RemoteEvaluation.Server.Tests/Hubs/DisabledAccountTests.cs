using System.Net.WebSockets;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using RemoteEvaluation.Server.Authorization;

namespace RemoteEvaluation.Server.Tests.Hubs;

/// <summary>
/// A token outlives the sign-in that issued it: disabling the account closes its open connections at once and refuses the
/// token at every later call.
/// </summary>
public sealed class DisabledAccountTests : IAsyncLifetime
{
    private const string SessionId = "hub-disabled";
    private LiveServer server = null!;

    public async ValueTask InitializeAsync()
    {
        server = LiveServer.Start();
        await LiveSession.ScheduledAsync(server.Grains, SessionId);
    }

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task a_token_of_an_account_disabled_since_it_was_issued_cannot_connect_again()
    {
        await using (var before = await server.ConnectAsync("staff.nb", SessionId))
        {
            await before.JoinAsync(SessionId);
        }

        await DisableAsync("staff.nb");

        var refused = await Assert.ThrowsAsync<WebSocketException>(() => server.ConnectAsync("staff.nb", SessionId)); // the same token as before

        Assert.Contains("403", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task disabling_an_account_closes_its_open_connections_at_once_so_no_more_events_reach_it()
    {
        await using var staff = await server.ConnectAsync("staff.nb", SessionId);
        await staff.JoinAsync(SessionId);
        var cut = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        staff.Connection.Reconnecting += (_, _) => cut.TrySetResult();
        staff.Connection.Closed += (_, _) => cut.TrySetResult();

        await DisableAsync("staff.nb");

        await cut.Task.Within();
    }

    [Fact]
    public async Task disabling_one_account_leaves_the_connections_of_others_open()
    {
        await using var staff = await server.ConnectAsync("staff.nb", SessionId);
        await using var host = await server.ConnectAsync("host.hz", SessionId);
        await host.JoinAsync(SessionId);
        var cut = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        staff.Connection.Closed += (_, _) => cut.TrySetResult();
        staff.Connection.Reconnecting += (_, _) => cut.TrySetResult();

        await DisableAsync("staff.nb");
        await cut.Task.Within();

        Assert.Equal(SessionId, (await host.JoinAsync(SessionId)).SessionId);
    }

    private async Task DisableAsync(string username)
    {
        using var admin = new HttpClient { BaseAddress = new Uri(server.HubUrl, "/") };
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await server.StaffTokenAsync("admin"));
        var disabled = await admin.PostAsJsonAsync($"/api/accounts/{username}/disable", new { reason = "left the centre" }, Wire.Cancel);
        disabled.EnsureSuccessStatusCode();
    }
}
