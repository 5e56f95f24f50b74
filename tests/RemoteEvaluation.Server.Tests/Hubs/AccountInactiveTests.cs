using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RemoteEvaluation.Server.Accounts;
using RemoteEvaluation.Server.Authorization;

namespace RemoteEvaluation.Server.Tests.Hubs;

/// <summary>
/// The second line behind <c>RevokedAccountWatch</c>: a connection whose staff account was disabled (or moved to another
/// role) after it connected, and that the watch has not closed yet, is refused at its next call with
/// <see cref="AccessRejections.AccountInactive"/>. The watch is left out of this server, so the connection stays open
/// and the call deterministically meets the check.
/// </summary>
public sealed class AccountInactiveTests : IAsyncLifetime
{
    private const string SessionId = "hub-account-inactive";
    private LiveServer server = null!;

    public async ValueTask InitializeAsync()
    {
        server = LiveServer.Start(testServices: services =>
        {
            var watch = typeof(AccountsHosting).Assembly.GetType("RemoteEvaluation.Server.Accounts.RevokedAccountWatch", throwOnError: true);
            services.Remove(services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == watch));
        });
        await LiveSession.ScoringAsync(server.Grains, SessionId);
    }

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task a_call_from_a_connection_whose_account_was_disabled_since_it_connected_is_refused_as_account_inactive()
    {
        await using var staff = await server.ConnectAsync("staff.nb", SessionId);
        await staff.JoinAsync(SessionId);

        await AdministerAsync("/api/accounts/staff.nb/disable", new { reason = "left the centre" });
        var refused = await staff.RefusedAsync("PostChatMessage", SessionId, "chat-after-disable", null, "Still here?");

        Assert.Equal(AccessRejections.AccountInactive, refused.Code);
        Assert.False(refused.Retriable);
        Assert.Equal(AccessRejections.AccountInactive, (await staff.RefusedAsync("Join", SessionId)).Code);
    }

    [Fact]
    public async Task a_call_from_a_connection_whose_account_changed_role_since_it_connected_is_refused_as_account_inactive()
    {
        await using var staff = await server.ConnectAsync("staff.wz", SessionId);
        await staff.JoinAsync(SessionId);

        await AdministerAsync("/api/accounts/staff.wz/role", new { role = "auditor" });

        Assert.Equal(AccessRejections.AccountInactive, (await staff.RefusedAsync("PostChatMessage", SessionId, "chat-after-role", null, "Still staff?")).Code);
    }

    private async Task AdministerAsync(string path, object body)
    {
        using var admin = new HttpClient { BaseAddress = new Uri(server.HubUrl, "/") };
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await server.StaffTokenAsync("admin"));
        var answer = await admin.PostAsJsonAsync(path, body, Wire.Cancel);
        Assert.True(answer.IsSuccessStatusCode, $"{path}: {answer.StatusCode}");
    }
}
