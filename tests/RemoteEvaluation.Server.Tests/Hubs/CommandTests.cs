using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using RemoteEvaluation.Domain.Scoring;
using RemoteEvaluation.Domain.Tests.Infrastructure;
using RemoteEvaluation.Grains.Persistence;

namespace RemoteEvaluation.Server.Tests.Hubs;

/// <summary>Commands sent through the hub: who sent them comes from the token and is recorded with the connection.</summary>
public sealed class CommandTests : IAsyncLifetime
{
    private const string SessionId = "hub-commands";
    private const string Stream = "session/" + SessionId;
    private readonly InvocationLog invocations = new();
    private LiveServer server = null!;

    public async ValueTask InitializeAsync()
    {
        server = LiveServer.Start(testServices: services =>
        {
            services.AddSingleton(invocations);
            services.Configure<HubOptions>(o => o.AddFilter(invocations));
        });
        await LiveSession.ScoringAsync(server.Grains, SessionId);
    }

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task a_command_from_the_hub_records_who_from_which_centre_and_which_connection()
    {
        await using var expert = await server.ConnectAsync("e2", SessionId);

        var ack = await expert.SendAsync("SubmitScoreSheet", SessionId, "sheet-e2-alpha", "e2", "bidder-alpha", PartKind.Technical, Specs.Sheet(PartKind.Technical, 8));

        var recorded = await EventAtAsync(ack.Version);
        Assert.Equal("scoring.sheet_submitted", recorded.Type);
        var metadata = JsonDocument.Parse(recorded.Metadata).RootElement;
        Assert.Equal("sheet-e2-alpha", metadata.GetProperty("commandId").GetString());
        Assert.Equal("e2", metadata.GetProperty("actorId").GetString());
        Assert.Equal("expert", metadata.GetProperty("role").GetString());
        Assert.Equal(LiveSession.NingboSite, metadata.GetProperty("siteId").GetString());
        Assert.Equal(invocations.ConnectionOf("sheet-e2-alpha"), metadata.GetProperty("connectionId").GetString());
    }

    [Fact]
    public async Task commands_from_two_connections_of_one_person_record_two_connections()
    {
        await using var first = await server.ConnectAsync("host.hz", SessionId);
        await using var second = await server.ConnectAsync("host.hz", SessionId);

        var suspended = await first.SendAsync("SuspendSession", SessionId, "suspend-1", "Link to site-330300 down");
        var resumed = await second.SendAsync("ResumeSession", SessionId, "resume-1");

        var one = JsonDocument.Parse((await EventAtAsync(suspended.Version)).Metadata).RootElement.GetProperty("connectionId").GetString();
        var other = JsonDocument.Parse((await EventAtAsync(resumed.Version)).Metadata).RootElement.GetProperty("connectionId").GetString();
        Assert.Equal(invocations.ConnectionOf("suspend-1"), one);
        Assert.Equal(invocations.ConnectionOf("resume-1"), other);
        Assert.NotEqual(one, other);
    }

    [Fact]
    public async Task an_expert_acting_on_someone_elses_sheet_is_refused_and_nothing_is_recorded()
    {
        await using var expert = await server.ConnectAsync("e2", SessionId);
        var before = await HeadAsync();

        var refused = await expert.RefusedAsync("SubmitScoreSheet", SessionId, "sheet-for-e1", "e1", "bidder-alpha", PartKind.Technical, Specs.Sheet(PartKind.Technical, 8));

        Assert.Equal(ScoringRejections.NotOwnSheet, refused.Code);
        Assert.False(refused.Retriable);
        Assert.Equal(before, await HeadAsync());
    }

    [Fact]
    public async Task sending_the_same_command_id_again_answers_the_first_outcome_and_records_nothing_more()
    {
        await using var expert = await server.ConnectAsync("e3", SessionId);
        object[] sheet = [SessionId, "sheet-e3-beta", "e3", "bidder-beta", PartKind.Technical, Specs.Sheet(PartKind.Technical, 7)];

        var first = await expert.SendAsync("SubmitScoreSheet", sheet);
        var again = await expert.SendAsync("SubmitScoreSheet", sheet);

        Assert.False(first.Duplicate);
        Assert.True(again.Duplicate);
        Assert.Equal(first.Version, again.Version);
        Assert.Equal(first.Version, await HeadAsync());
    }

    [Fact]
    public async Task enum_arguments_may_be_sent_by_name_as_javascript_clients_do()
    {
        await using var expert = await server.ConnectAsync("e4", SessionId);

        var ack = await expert.SendAsync("SubmitScoreSheet", SessionId, "e4-gamma", "e4", "bidder-gamma", "Technical", Specs.Sheet(PartKind.Technical, 8));

        Assert.Equal("Technical", JsonDocument.Parse((await EventAtAsync(ack.Version)).Data).RootElement.GetProperty("part").GetString());
    }

    [Fact]
    public async Task a_rule_that_refuses_reaches_the_client_with_its_stable_code()
    {
        await using var host = await server.ConnectAsync("host.hz", SessionId);

        var refused = await host.RefusedAsync("OpenSession", SessionId, "open-again");

        Assert.Equal(Domain.Sessions.SessionRejections.WrongPhase, refused.Code);
    }

    private async Task<long> HeadAsync() => (await server.Store.GetHeadAsync(Stream, Wire.Cancel))!.Version;

    private async Task<StoredEvent> EventAtAsync(long version)
    {
        await foreach (var e in server.Store.ReadStreamAsync(Stream, version - 1, Wire.Cancel))
        {
            return e;
        }

        throw new InvalidOperationException($"No event at version {version}.");
    }
}
