using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Grains.Sessions;

using static RemoteEvaluation.Grains.Tests.HostCommands;

namespace RemoteEvaluation.Grains.Tests;

public abstract class SessionGrainTests : GrainTest
{
    private Node node = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        node = NewNode();
    }

    [Fact]
    public async Task scheduling_a_session_records_it_and_answers_with_the_new_version()
    {
        var session = node.Grains.GetGrain<ISessionGrain>("s-1");

        var result = await session.ExecuteAsync(Schedule(Fixture.Time), Context("c-1"));

        Assert.Equal(CommandResult.Ok(1), result);
        var snapshot = await session.GetSnapshotAsync();
        Assert.Equal(SessionPhase.Scheduled, snapshot.State.Phase);
        Assert.Equal("site-hz", snapshot.State.HostSiteId);
        Assert.Equal("session.scheduled", (await StoredEventsAsync("session/s-1")).Single().Type);
    }

    [Fact]
    public async Task linking_remote_sites_adds_them_to_the_session()
    {
        var session = node.Grains.GetGrain<ISessionGrain>("s-1");
        await session.ExecuteAsync(Schedule(Fixture.Time), Context("c-1"));

        await session.ExecuteAsync(new LinkRemoteSite(Staff.Host, "site-nb"), Context("c-2"));
        await session.ExecuteAsync(new LinkRemoteSite(Staff.Host, "site-wz"), Context("c-3"));

        Assert.Equal(["site-nb", "site-wz"], (await session.GetSnapshotAsync()).State.RemoteSiteIds);
    }

    [Fact]
    public async Task a_rejected_command_answers_with_its_code_and_records_nothing()
    {
        var session = node.Grains.GetGrain<ISessionGrain>("s-1");
        await session.ExecuteAsync(Schedule(Fixture.Time), Context("c-1"));

        var result = await session.ExecuteAsync(new LinkRemoteSite(Staff.Host, "site-hz"), Context("c-2"));

        Assert.Equal(SessionRejections.SiteIsHost, result.Rejection?.Code);
        Assert.Equal(1, result.Version);
        Assert.Single(await StoredEventsAsync("session/s-1"));
    }

    [Fact]
    public async Task a_repeated_command_id_is_answered_as_before_and_recorded_once()
    {
        var session = node.Grains.GetGrain<ISessionGrain>("s-1");
        await session.ExecuteAsync(Schedule(Fixture.Time), Context("c-1"));
        var first = await session.ExecuteAsync(new LinkRemoteSite(Staff.Host, "site-nb"), Context("c-2"));

        var again = await session.ExecuteAsync(new LinkRemoteSite(Staff.Host, "site-nb"), Context("c-2"));

        Assert.Equal(CommandResult.Ok(2), first);
        Assert.Equal(CommandResult.Ok(2, duplicate: true), again);
        Assert.Equal(2, (await StoredEventsAsync("session/s-1")).Count);
    }

    [Fact]
    public async Task a_command_without_a_command_id_is_rejected()
    {
        var result = await node.Grains.GetGrain<ISessionGrain>("s-1").ExecuteAsync(Schedule(Fixture.Time), Context(" "));

        Assert.Equal(GrainRejections.CommandIdRequired, result.Rejection?.Code);
    }

    [Fact]
    public async Task the_metadata_of_each_event_records_who_sent_the_command_and_from_where()
    {
        var session = node.Grains.GetGrain<ISessionGrain>("s-1");

        await session.ExecuteAsync(Schedule(Fixture.Time), new CommandContext("c-1", "staff-3", "host_staff", "site-hz", "conn-9"));

        var metadata = System.Text.Json.JsonDocument.Parse((await StoredEventsAsync("session/s-1")).Single().Metadata).RootElement;
        Assert.Equal("staff-3", metadata.GetProperty("actorId").GetString());
        Assert.Equal("site-hz", metadata.GetProperty("siteId").GetString());
        Assert.Equal("conn-9", metadata.GetProperty("connectionId").GetString());
        Assert.Equal("c-1", metadata.GetProperty("commandId").GetString());
    }

    [Fact]
    public async Task an_invalid_grain_key_is_refused_by_the_store_limits_with_a_typed_code()
    {
        var result = await node.Grains.GetGrain<ISessionGrain>("bad key/with slash").ExecuteAsync(Schedule(Fixture.Time), Context("c-1"));

        Assert.Equal("store.stream_id_invalid", result.Rejection?.Code);
    }
}

public sealed class SessionGrainTests_on_SQLite : SessionGrainTests
{
    protected override StoreVendor Vendor => StoreVendor.Sqlite;
}

public sealed class SessionGrainTests_on_PostgreSQL : SessionGrainTests
{
    protected override StoreVendor Vendor => StoreVendor.PostgreSql;
}
