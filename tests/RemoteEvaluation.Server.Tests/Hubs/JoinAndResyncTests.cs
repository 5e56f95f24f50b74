using RemoteEvaluation.Client;
using RemoteEvaluation.Contracts;
using RemoteEvaluation.Server.Hubs;

namespace RemoteEvaluation.Server.Tests.Hubs;

/// <summary>Joining a session and catching up by version over the real client, on real Kestrel.</summary>
public sealed class JoinAndResyncTests : IAsyncLifetime
{
    private const string SessionId = "hub-resync";
    private const string Stream = "session/" + SessionId;
    private LiveServer server = null!;
    private long head;

    public async ValueTask InitializeAsync()
    {
        server = LiveServer.Start();
        head = (await (await LiveSession.ScoringAsync(server.Grains, SessionId)).GetSnapshotAsync()).Version;
    }

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task joining_answers_who_the_caller_acts_as_and_the_head_version()
    {
        await using var host = await server.ConnectAsync("host.hz", SessionId);

        var joined = await host.JoinAsync(SessionId);

        Assert.Equal(new SessionJoined(SessionId, Stream, "host_staff", "host.hz", LiveSession.HostSite, head), joined);
    }

    [Fact]
    public async Task an_expert_joins_as_the_member_its_token_is_bound_to()
    {
        await using var expert = await server.ConnectAsync("e2", SessionId);

        var joined = await expert.JoinAsync(SessionId);

        Assert.Equal(("expert", "e2", LiveSession.NingboSite), (joined.Role, joined.PersonId, joined.SiteId));
    }

    [Fact]
    public async Task resync_after_a_version_pushes_exactly_the_versions_after_it_once_each()
    {
        await using var host = await server.ConnectAsync("host.hz", SessionId);
        host.Tracker.Seed(Stream, 5);

        var pushed = await host.ResyncAsync(SessionId, 5);
        await host.AppliedThroughAsync(Stream, head + 1);

        // Entering records the caller's own connection (presence.connected) at head + 1, before the log is read; that one
        // version may also arrive as a live push (the tracker drops the repeat), every earlier one arrives once.
        Assert.Equal(head + 1 - 5, pushed);
        Assert.Equal(Versions(6, head), host.Received.Select(e => e.Version).Where(v => v <= head));
        Assert.Equal(Versions(6, head + 1), host.Applied.Select(e => e.Version));
    }

    [Fact]
    public async Task a_checked_in_expert_resyncing_from_the_start_gets_every_version_the_setup_included_and_placeholders_for_the_rest()
    {
        await using var expert = await server.ConnectAsync("e2", SessionId);

        await expert.ResyncAsync(SessionId, 0);
        await expert.AppliedThroughAsync(Stream, head + 1);

        // head + 1 is e2's own connection (presence.connected), which members do not see: a placeholder.
        Assert.Equal(Versions(1, head + 1), expert.Applied.Select(e => e.Version));
        Assert.Equal(EventEnvelope.HiddenType, expert.Applied[^1].Type);
        // Scheduling, linking, criteria, bids and the committee came before e2 checked in; read back now that e2 is in
        // the room, they brief the expert (pushed live before the check-in, they were placeholders: 四不知).
        Assert.Contains(expert.Applied.Take(6), e => e.Type == "session.criteria_adopted");
        Assert.Contains(expert.Applied.Take(6), e => e.Type == "session.bids_registered");
        Assert.Contains(expert.Applied.Take(6), e => e.Type == "committee.seated");
        Assert.Contains(expert.Applied, e => e.Type == "attendance.checked_in" && e.Data.GetProperty("personId").GetString() == "e2");
        Assert.Empty(expert.Tracker.Gaps());
    }

    [Fact]
    public async Task resync_from_a_negative_version_is_refused()
    {
        await using var host = await server.ConnectAsync("host.hz", SessionId);

        var refused = await host.RefusedAsync("Resync", SessionId, -1L);

        Assert.Equal(HubRejections.InvalidVersion, refused.Code);
        Assert.False(refused.Retriable);
    }

    [Theory]
    [InlineData("host.hz")]
    [InlineData("staff.nb")]
    public async Task staff_cannot_follow_a_session_that_has_not_been_scheduled(string username)
    {
        await using var staff = await server.ConnectAsync(username, "not-yet");

        Assert.Equal(HubRejections.UnknownSession, (await staff.RefusedAsync("Join", "not-yet")).Code);
        Assert.Equal(HubRejections.UnknownSession, (await staff.RefusedAsync("Resync", "not-yet", 0L)).Code);
    }

    [Fact]
    public async Task host_staff_schedule_a_new_session_through_the_hub_and_then_join_it()
    {
        await using var host = await server.ConnectAsync("host.hz", "new-one");

        var scheduled = await host.SendAsync("ScheduleSession", "new-one", "schedule", "ZJ-2026-010", "School gym", LiveSession.HostSite, DateTimeOffset.UtcNow.AddDays(1), 800_000m, null);
        var joined = await host.JoinAsync("new-one");

        Assert.Equal(1, scheduled.Version);
        Assert.Equal(1, joined.Version);
    }

    [Theory]
    [InlineData("")]
    [InlineData("../session/other")]
    [InlineData("has space")]
    public async Task a_malformed_session_id_is_refused_before_anything_is_read(string sessionId)
    {
        await using var host = await server.ConnectAsync("host.hz", SessionId);

        Assert.Equal(HubRejections.InvalidSession, (await host.RefusedAsync("Join", sessionId)).Code);
        Assert.Equal(HubRejections.InvalidSession, (await host.RefusedAsync("SuspendSession", sessionId, "c-1", "Link down")).Code);
    }

    [Fact]
    public async Task a_connection_without_a_token_is_refused_at_the_handshake()
    {
        var refused = await Assert.ThrowsAsync<System.Net.WebSockets.WebSocketException>(() => server.ConnectWithTokenAsync(null));

        Assert.Contains("401", refused.Message, StringComparison.Ordinal);
    }

    private static IEnumerable<long> Versions(long from, long through) => Enumerable.Range((int)from, (int)(through - from + 1)).Select(v => (long)v);
}
