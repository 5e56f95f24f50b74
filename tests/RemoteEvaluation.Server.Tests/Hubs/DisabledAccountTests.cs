using System.Net.Http.Headers;
using System.Net.Http.Json;
using RemoteEvaluation.Server.Authorization;

namespace RemoteEvaluation.Server.Tests.Hubs;

/// <summary>A connection outlives the sign-in that opened it; disabling the account must still stop it at its next call.</summary>
public sealed class DisabledAccountTests : IAsyncLifetime
{
    private const string SessionId = "hub-disabled";
    private HubServer server = null!;

    public async ValueTask InitializeAsync()
    {
        server = HubServer.Start();
        await LiveSession.ScheduledAsync(server.Grains, SessionId);
    }

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task a_connection_of_an_account_disabled_since_it_connected_is_refused_and_changes_nothing()
    {
        await using var staff = await server.ConnectAsync("staff.nb", SessionId);
        await staff.JoinAsync(SessionId);
        var before = (await server.Store.GetHeadAsync($"session/{SessionId}", Wire.Cancel))!.Version;

        await DisableAsync("staff.nb");

        Assert.Equal(AccessRejections.AccountInactive, (await staff.RefusedAsync("CheckIn", SessionId, "check-in-e2", "e2")).Code);
        Assert.Equal(AccessRejections.AccountInactive, (await staff.RefusedAsync("Resync", SessionId, 0L)).Code);
        Assert.Equal(before, (await server.Store.GetHeadAsync($"session/{SessionId}", Wire.Cancel))!.Version);
    }

    private async Task DisableAsync(string username)
    {
        using var admin = new HttpClient { BaseAddress = new Uri(server.HubUrl, "/") };
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await server.StaffTokenAsync("admin"));
        var disabled = await admin.PostAsJsonAsync($"/api/accounts/{username}/disable", new { reason = "left the centre" }, Wire.Cancel);
        disabled.EnsureSuccessStatusCode();
    }
}
