using System.Text.Json;
using RemoteEvaluation.Client.Tests.Server;
using RemoteEvaluation.Contracts;

namespace RemoteEvaluation.Client.Tests.Connection;

public sealed class CommandRetryTests
{
    private static readonly TimeSpan Quick = TimeSpan.FromMilliseconds(10);

    [Fact]
    public async Task A_command_whose_answer_was_lost_with_the_connection_is_sent_again_with_the_same_id_and_answered_as_a_duplicate()
    {
        await using var server = await HubTestServer.StartAsync();
        server.Log.DropAnswerOnce("score-1"); // recorded, then the connection is cut before the answer
        var defaults = TestClients.Options(server.HubUrl);
        await using var scorer = await TestClients.ConnectAsync(new HubConnectionOptions
        {
            Url = defaults.Url,
            KeepAliveInterval = defaults.KeepAliveInterval,
            Backoff = defaults.Backoff,
            ShouldReconnect = (_, _) => ValueTask.FromResult(true),
        });
        var retried = new List<Type>();
        var retry = new CommandRetry(scorer, new CommandRetryOptions { Delay = Quick, OnRetry = e => retried.Add(e.GetType()) });

        var ack = await retry.InvokeAsync<CommandAck>("Score", ["score-1", 7], TestContext.Current.CancellationToken).Within();

        Assert.True(ack.Duplicate);
        Assert.Equal(1, server.Log.Count);
        Assert.Equal([typeof(HubDisconnectedException)], retried);
    }

    [Fact]
    public async Task A_retriable_refusal_is_sent_again_up_to_the_limit_and_then_thrown()
    {
        await using var server = await HubTestServer.StartAsync();
        await using var client = await TestClients.ConnectAsync(TestClients.Options(server.HubUrl));
        var retries = 0;
        var retry = new CommandRetry(client, new CommandRetryOptions { MaxRetries = 2, Delay = Quick, OnRetry = _ => retries++ });

        var refused = await Assert.ThrowsAsync<HubInvocationException>(() =>
            retry.InvokeAsync<JsonElement>("Refuse", ["store.unavailable", true], TestContext.Current.CancellationToken).Within());

        Assert.Equal("store.unavailable", refused.Code);
        Assert.Equal(2, retries);
    }

    [Fact]
    public async Task A_final_refusal_is_thrown_at_once()
    {
        await using var server = await HubTestServer.StartAsync();
        await using var client = await TestClients.ConnectAsync(TestClients.Options(server.HubUrl));
        var retries = 0;
        var retry = new CommandRetry(client, new CommandRetryOptions { Delay = Quick, OnRetry = _ => retries++ });

        var refused = await Assert.ThrowsAsync<HubInvocationException>(() =>
            retry.InvokeAsync<JsonElement>("Refuse", ["session.wrong_phase", false], TestContext.Current.CancellationToken).Within());

        Assert.Equal("session.wrong_phase", refused.Code);
        Assert.Equal(0, retries);
    }

    [Fact]
    public async Task A_connection_that_is_closed_for_good_is_not_waited_for()
    {
        await using var server = await HubTestServer.StartAsync();
        await using var client = await TestClients.ConnectAsync(TestClients.Options(server.HubUrl));
        await client.StopAsync();
        var retries = 0;
        var retry = new CommandRetry(client, new CommandRetryOptions { Delay = Quick, OnRetry = _ => retries++ });

        await Assert.ThrowsAsync<HubDisconnectedException>(() =>
            retry.InvokeAsync<CommandAck>("Score", ["score-1", 7], TestContext.Current.CancellationToken).Within());

        Assert.Equal(0, retries);
        Assert.Equal(0, server.Log.Count);
    }
}
