using RemoteEvaluation.Client.Tests.Server;
using RemoteEvaluation.Contracts;

namespace RemoteEvaluation.Client.Tests.Connection;

public sealed class InvocationTests : IAsyncLifetime
{
    private HubTestServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await HubTestServer.StartAsync();

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task After_the_handshake_an_invocation_returns_its_result()
    {
        await using var connection = await TestClients.ConnectAsync(TestClients.Options(_server.HubUrl));

        var echoed = await connection.InvokeAsync<string>("Echo", ["远程异地评标"], TestContext.Current.CancellationToken).Within();

        Assert.Equal(HubConnectionState.Connected, connection.State);
        Assert.Equal("远程异地评标", echoed);
    }

    [Fact]
    public async Task A_record_result_is_read_with_web_naming()
    {
        await using var connection = await TestClients.ConnectAsync(TestClients.Options(_server.HubUrl));

        var ack = await connection.InvokeAsync<CommandAck>("Score", ["cmd-1", 5], TestContext.Current.CancellationToken).Within();
        var again = await connection.InvokeAsync<CommandAck>("Score", ["cmd-1", 5], TestContext.Current.CancellationToken).Within();

        Assert.Equal(new CommandAck(1, false), ack);
        Assert.Equal(new CommandAck(1, true), again);
    }

    [Fact]
    public async Task A_HubException_carrying_a_HubError_surfaces_as_a_typed_exception_with_its_code()
    {
        await using var connection = await TestClients.ConnectAsync(TestClients.Options(_server.HubUrl));

        var refused = await Assert.ThrowsAsync<HubInvocationException>(
            () => connection.InvokeAsync<string>("Refuse", ["session.wrong_phase", true], TestContext.Current.CancellationToken)).Within();

        Assert.Equal("session.wrong_phase", refused.Code);
        Assert.True(refused.Error.Retriable);
        Assert.Equal("Refused by the test hub.", refused.Error.Message);
        Assert.Equal("Refuse", refused.Method);
    }

    [Fact]
    public async Task Any_other_server_exception_is_an_unstructured_error_without_its_details()
    {
        await using var connection = await TestClients.ConnectAsync(TestClients.Options(_server.HubUrl));

        var failed = await Assert.ThrowsAsync<HubInvocationException>(
            () => connection.InvokeAsync("Crash", [], TestContext.Current.CancellationToken)).Within();

        Assert.Equal(HubError.UnstructuredCode, failed.Code);
        Assert.DoesNotContain("secret", failed.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_push_reaches_the_typed_handler()
    {
        await using var connection = await TestClients.ConnectAsync(TestClients.Options(_server.HubUrl));
        var received = new TaskCompletionSource<AlertNotice>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var handler = connection.On<AlertNotice>("Alert", received.SetResult);

        await connection.InvokeAsync("PushAlert", ["site-2 went silent"], TestContext.Current.CancellationToken).Within();
        var alert = await received.Task.Within();

        Assert.Equal(("test.alert", "site-2 went silent", "site-2"), (alert.Code, alert.Message, alert.SiteId));
    }

    [Fact]
    public async Task Pushes_reach_an_IEvaluationClient_implementation_and_handlers_may_invoke_the_hub()
    {
        await using var connection = await TestClients.ConnectAsync(TestClients.Options(_server.HubUrl));
        var client = new RecordingClient(connection);
        using var registration = connection.OnEvaluationClient(client);

        await connection.InvokeAsync<CommandAck>("Score", ["cmd-7", 9], TestContext.Current.CancellationToken).Within();
        var events = await client.Received.Task.Within();

        var envelope = Assert.Single(events);
        Assert.Equal((ScoreLog.Stream, 1L, "score.recorded"), (envelope.Stream, envelope.Version, envelope.Type));
        Assert.Equal(9, envelope.Data.GetProperty("points").GetInt32());
        Assert.Equal("echo from a handler", await client.EchoFromHandler.Task.Within());
    }

    [Fact]
    public async Task A_handler_that_cannot_read_a_push_does_not_stop_other_handlers_or_later_pushes()
    {
        await using var connection = await TestClients.ConnectAsync(TestClients.Options(_server.HubUrl));
        var wrongType = 0;
        var received = new List<string>();
        var second = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var broken = connection.On<int>("Alert", _ => Interlocked.Increment(ref wrongType));
        using var working = connection.On<AlertNotice>("Alert", alert =>
        {
            received.Add(alert.Message);
            if (received.Count == 2)
            {
                second.TrySetResult();
            }
        });

        await connection.InvokeAsync("PushAlert", ["one"], TestContext.Current.CancellationToken).Within();
        await connection.InvokeAsync("PushAlert", ["two"], TestContext.Current.CancellationToken).Within();
        await second.Task.Within();

        Assert.Equal(["one", "two"], received);
        Assert.Equal(0, wrongType);
        Assert.Equal(HubConnectionState.Connected, connection.State);
    }

    [Fact]
    public async Task A_non_blocking_send_runs_the_method_without_waiting_for_it()
    {
        await using var connection = await TestClients.ConnectAsync(TestClients.Options(_server.HubUrl));
        var received = new TaskCompletionSource<AlertNotice>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var handler = connection.On<AlertNotice>("alert", received.SetResult);

        await connection.SendAsync("PushAlert", ["sent"], TestContext.Current.CancellationToken).Within();

        Assert.Equal("sent", (await received.Task.Within()).Message);
    }

    [Fact]
    public async Task Many_concurrent_invocations_each_get_their_own_result()
    {
        await using var connection = await TestClients.ConnectAsync(TestClients.Options(_server.HubUrl));

        var sums = await Task.WhenAll(Enumerable.Range(0, 300).Select(i =>
            Task.Run(() => connection.InvokeAsync<int>("Add", [i, 1000], TestContext.Current.CancellationToken)))).Within();

        Assert.Equal(Enumerable.Range(1000, 300), sums);
    }

    [Fact]
    public async Task The_access_token_goes_in_the_query_string_and_the_bearer_header()
    {
        var options = TestClients.Options(_server.HubUrl);
        await using var connection = await TestClients.ConnectAsync(new HubConnectionOptions
        {
            Url = options.Url,
            AccessTokenProvider = _ => ValueTask.FromResult<string?>("token+with/chars"),
        });

        var seen = await connection.InvokeAsync<string[]>("Credentials", [], TestContext.Current.CancellationToken).Within();

        Assert.Equal(["token+with/chars", "Bearer token+with/chars"], seen);
    }

    [Fact]
    public async Task A_cancelled_invocation_stops_waiting_and_the_connection_carries_on()
    {
        await using var connection = await TestClients.ConnectAsync(TestClients.Options(_server.HubUrl));
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);

        var stalled = connection.InvokeAsync("Stall", [1000], cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => stalled).Within();
        Assert.Equal("still here", await connection.InvokeAsync<string>("Echo", ["still here"], TestContext.Current.CancellationToken).Within());
    }

    [Fact]
    public async Task Invoking_before_start_fails_fast_with_a_typed_exception()
    {
        await using var connection = new HubConnection(TestClients.Options(_server.HubUrl));

        var failed = await Assert.ThrowsAsync<HubDisconnectedException>(() => connection.InvokeAsync("Echo", ["x"], TestContext.Current.CancellationToken));

        Assert.False(failed.MayHaveReachedServer);
    }

    private sealed class RecordingClient(HubConnection connection) : IEvaluationClient
    {
        public TaskCompletionSource<IReadOnlyList<EventEnvelope>> Received { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource<string> EchoFromHandler { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task ReceiveEvents(IReadOnlyList<EventEnvelope> events)
        {
            Received.TrySetResult(events);

            // Pushes are dispatched off the receive loop, so awaiting an invocation here cannot deadlock.
            EchoFromHandler.TrySetResult(await connection.InvokeAsync<string>("Echo", ["echo from a handler"]));
        }

        public Task Heartbeat(HeartbeatProbe probe) => Task.CompletedTask;

        public Task Presence(PresenceUpdate update) => Task.CompletedTask;

        public Task Alert(AlertNotice alert) => Task.CompletedTask;
    }
}
