using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RemoteEvaluation.Domain.Tests.Infrastructure;
using RemoteEvaluation.Server.Audit;
using RemoteEvaluation.Server.Tests.Accounts;
using RemoteEvaluation.Testing.Stores;

namespace RemoteEvaluation.Server.Tests.Audit;

/// <summary>
/// The golden session with live traffic, driven through the real grain on the real server: the auditor's replay at every
/// version the live session stood at after a command shows exactly the state the grain had then, and every version of
/// the timeline replays with its own event.
/// </summary>
public abstract class Replay_at_every_version_equals_the_live_session
{
    protected abstract Task<string?> DatabaseAsync();

    [Fact]
    public async Task the_replay_at_each_version_is_the_state_the_live_session_had_there()
    {
        await using var server = AuditServer.Start(await DatabaseAsync());
        var live = new LiveTrafficDriver(server.Session("golden-replay"), new GrainSessionDriver(server.Session("golden-replay"), server.Time));
        await Task.Run(() => GoldenSession.Drive(live), Api.Cancel);
        var json = server.Factory.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var auditor = await server.Factory.SignedInAsync("auditor");

        foreach (var step in live.Captured)
        {
            var replay = JsonNode.Parse(await auditor.GetStringAsync(new Uri($"/api/audit/sessions/golden-replay/replay?version={step.Version}", UriKind.Relative), Api.Cancel))!;

            var expected = JsonSerializer.SerializeToNode(ReplayState.Of(step.State), json);
            Assert.True(JsonNode.DeepEquals(expected, replay["state"]), $"Version {step.Version}: the replay differs from the live state.\nlive:   {expected}\nreplay: {replay["state"]}");
            Assert.Equal(step.Version, (long)replay["event"]!["version"]!);
        }

        Assert.True(live.Captured.Count > 150, $"Only {live.Captured.Count} steps were compared.");
    }

    [Fact]
    public async Task every_version_of_the_timeline_replays_with_its_event_chat_and_warnings_so_far()
    {
        await using var server = AuditServer.Start(await DatabaseAsync());
        var live = new LiveTrafficDriver(server.Session("golden-timeline"), new GrainSessionDriver(server.Session("golden-timeline"), server.Time));
        await Task.Run(() => GoldenSession.Drive(live), Api.Cancel);
        var auditor = await server.Factory.SignedInAsync("auditor");

        var timeline = await (await auditor.GetAsync(new Uri("/api/audit/sessions/golden-timeline/timeline", UriKind.Relative), Api.Cancel)).JsonAsync();
        var events = timeline.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(live.Captured[^1].Version, timeline.GetProperty("headVersion").GetInt64());
        Assert.Equal(Enumerable.Range(1, events.Count).Select(v => (long)v), events.Select(e => e.GetProperty("version").GetInt64()));
        var chatSoFar = 0;
        var warningsSoFar = 0;
        foreach (var entry in events)
        {
            var version = entry.GetProperty("version").GetInt64();
            var replay = await (await auditor.GetAsync(new Uri($"/api/audit/sessions/golden-timeline/replay?version={version}", UriKind.Relative), Api.Cancel)).JsonAsync();
            chatSoFar += entry.GetProperty("type").GetString() == "chat.message_posted" ? 1 : 0;
            warningsSoFar += entry.GetProperty("type").GetString() == "supervision.warning_issued" ? 1 : 0;

            Assert.Equal(entry.GetRawText(), replay.GetProperty("event").GetRawText());
            Assert.Equal(chatSoFar, replay.GetProperty("chat").GetArrayLength());
            Assert.Equal(warningsSoFar, replay.GetProperty("warnings").GetArrayLength());
        }

        Assert.Equal((2, 1), (chatSoFar, warningsSoFar));
        // The script driver records the domain role's name; the hubs record RoleNames (lower case).
        Assert.Equal("supervisor", events.Single(e => e.GetProperty("type").GetString() == "supervision.warning_issued").GetProperty("role").GetString(), ignoreCase: true);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("x")]
    [InlineData("100000")]
    public async Task a_version_that_was_never_recorded_is_an_invalid_field(string version)
    {
        await using var server = AuditServer.Start(await DatabaseAsync());
        await Hubs.LiveSession.ScheduledAsync(server.Factory.Services.GetRequiredService<Grains.Runtime.IGrainFactory>(), "replay-bad");
        var auditor = await server.Factory.SignedInAsync("auditor");

        var response = await auditor.GetAsync(new Uri($"/api/audit/sessions/replay-bad/replay?version={version}", UriKind.Relative), Api.Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("request.invalid_field", (await response.ProblemAsync()).Title);
    }
}

public sealed class Replay_at_every_version_equals_the_live_session_on_SQLite : Replay_at_every_version_equals_the_live_session
{
    protected override Task<string?> DatabaseAsync() => Task.FromResult<string?>(null);
}

public sealed class Replay_at_every_version_equals_the_live_session_on_PostgreSQL : Replay_at_every_version_equals_the_live_session
{
    protected override async Task<string?> DatabaseAsync() => await PostgreSqlTestDatabase.CreateEmptyAsync();
}
