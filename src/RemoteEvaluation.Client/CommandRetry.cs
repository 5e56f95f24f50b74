using Polly;
using Polly.Retry;

namespace RemoteEvaluation.Client;

/// <summary>
/// Sends a command until it gets an answer that is not worth repeating: a retriable <see cref="HubInvocationException"/>
/// (<c>grain.contended</c>, <c>store.unavailable</c>, <c>hub.rate_limited</c>) or a lost connection
/// (<see cref="HubDisconnectedException"/>) sends the very same arguments again — so the same command id, which the
/// server answers once — after a backoff and, for a lost connection, after the client has reconnected. One per connection.
/// </summary>
public sealed class CommandRetry
{
    private readonly HubConnection connection;
    private readonly ResiliencePipeline pipeline;

    public CommandRetry(HubConnection connection, CommandRetryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        this.connection = connection;
        options ??= new CommandRetryOptions();
        pipeline = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder()
                    .Handle<HubInvocationException>(ex => ex.Error.Retriable)
                    .Handle<HubDisconnectedException>(_ => connection.State != HubConnectionState.Disconnected),
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.Delay,
                MaxDelay = options.MaxDelay,
                OnRetry = args =>
                {
                    options.OnRetry?.Invoke(args.Outcome.Exception!);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    /// <summary>Invokes <paramref name="method"/> with <paramref name="arguments"/> (command id included) until it is answered for good.</summary>
    /// <exception cref="HubInvocationException">A final refusal, or a retriable one that outlasted the retries.</exception>
    /// <exception cref="HubDisconnectedException">The connection closed for good (not retried), or stayed lost through the retries.</exception>
    public Task<TResult> InvokeAsync<TResult>(string method, object?[] arguments, CancellationToken cancellationToken = default) =>
        pipeline.ExecuteAsync(
            async ct =>
            {
                // After a lost connection, wait for the reconnect (it fails at once if the connection closed for good).
                await connection.WaitUntilConnectedAsync(ct).ConfigureAwait(false);
                return await connection.InvokeAsync<TResult>(method, arguments, ct).ConfigureAwait(false);
            },
            cancellationToken).AsTask();
}
