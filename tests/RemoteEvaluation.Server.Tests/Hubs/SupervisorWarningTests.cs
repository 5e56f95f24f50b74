using RemoteEvaluation.Contracts;
using RemoteEvaluation.Domain.Supervision;
using RemoteEvaluation.Server.Authorization;
using RemoteEvaluation.Server.Hubs;
using RemoteEvaluation.Server.Tests.Presence;

namespace RemoteEvaluation.Server.Tests.Hubs;

/// <summary>A supervisor's warning (监督警示) over the real client, on real Kestrel: recorded, then shown where it is addressed.</summary>
public sealed class SupervisorWarningTests(LiveServerFixture fixture) : IClassFixture<LiveServerFixture>
{
    [Fact]
    public async Task a_warning_to_one_centre_is_an_alert_at_the_host_and_that_centre_only()
    {
        const string sessionId = "warning-one";
        await LiveSession.ScoringAsync(fixture.Server.Grains, sessionId);
        await using var supervisor = await JoinedAsync("supervisor", sessionId);
        var host = await AlertsOfAsync("host.hz", sessionId);
        var nb = await AlertsOfAsync("staff.nb", sessionId);
        var wz = await AlertsOfAsync("staff.wz", sessionId);
        await using var hostClient = host.Client;
        await using var nbClient = nb.Client;
        await using var wzClient = wz.Client;

        var toNingbo = await supervisor.SendAsync("IssueWarning", sessionId, "warn-1", LiveSession.NingboSite, "Phones away, please.");
        var toEveryone = await supervisor.SendAsync("IssueWarning", sessionId, "warn-2", null, "Ten minutes left.");

        // Alerts follow their event on each connection, so once WZ has the second alert it would have had the first.
        await Wire.Until(() => host.Pushes.Alerts.Count == 2 && nb.Pushes.Alerts.Count == 2 && wz.Pushes.Alerts.Count == 1, "the alerts");
        Assert.Equal(["Phones away, please.", "Ten minutes left."], host.Pushes.Alerts.Select(a => a.Message));
        Assert.Equal([LiveSession.NingboSite, null], nb.Pushes.Alerts.Select(a => a.SiteId));
        Assert.Equal(new AlertNotice(SupervisionAlerts.WarningCode, "Ten minutes left.", sessionId, null, Assert.Single(wz.Pushes.Alerts).RaisedAt), Assert.Single(wz.Pushes.Alerts));
        await wz.Client.AppliedThroughAsync("session/" + sessionId, toEveryone.Version);
        Assert.Equal(EventEnvelope.HiddenType, wz.Client.Applied.Single(e => e.Version == toNingbo.Version).Type);
    }

    [Fact]
    public async Task a_supervisor_cannot_send_any_other_command_and_an_auditor_cannot_warn()
    {
        const string sessionId = "warning-read-only";
        await LiveSession.ScoringAsync(fixture.Server.Grains, sessionId);
        await using var supervisor = await JoinedAsync("supervisor", sessionId);
        await using var auditor = await JoinedAsync("auditor", sessionId);

        Assert.Equal(AccessRejections.ReadOnly, (await supervisor.RefusedAsync("PostChatMessage", sessionId, "chat-1", null, "Hello")).Code);
        Assert.Equal(AccessRejections.ReadOnly, (await auditor.RefusedAsync("IssueWarning", sessionId, "warn-1", null, "Hello")).Code);
        Assert.Empty(await RecordedAsync(sessionId, "chat.message_posted", "supervision.warning_issued"));
    }

    [Fact]
    public async Task a_bad_warning_is_refused_with_its_code_and_nothing_is_recorded()
    {
        const string sessionId = "warning-bad";
        await LiveSession.ScoringAsync(fixture.Server.Grains, sessionId);
        await using var supervisor = await JoinedAsync("supervisor", sessionId);

        Assert.Equal(WarningRejections.EmptyText, (await supervisor.RefusedAsync("IssueWarning", sessionId, "warn-1", null, "  ")).Code);
        Assert.Equal(WarningRejections.UnknownSite, (await supervisor.RefusedAsync("IssueWarning", sessionId, "warn-2", "site-999999", "Hello")).Code);
        Assert.Empty(await RecordedAsync(sessionId, "chat.message_posted", "supervision.warning_issued"));
    }

    /// <summary>The recorded events of these types (joining records presence, so the version alone says nothing).</summary>
    private async Task<List<string>> RecordedAsync(string sessionId, params string[] types)
    {
        var found = new List<string>();
        await foreach (var e in fixture.Server.Store.ReadStreamAsync("session/" + sessionId, 0, Wire.Cancel))
        {
            if (types.Contains(e.Type))
            {
                found.Add(e.Type);
            }
        }

        return found;
    }

    private async Task<HubClient> JoinedAsync(string who, string sessionId)
    {
        var client = await fixture.Server.ConnectAsync(who, sessionId);
        await client.ResyncAsync(sessionId, 0);
        return client;
    }

    private async Task<(HubClient Client, PresencePushes Pushes)> AlertsOfAsync(string who, string sessionId)
    {
        var client = await fixture.Server.ConnectAsync(who, sessionId);
        var pushes = new PresencePushes(client);
        await client.ResyncAsync(sessionId, 0);
        return (client, pushes);
    }
}
