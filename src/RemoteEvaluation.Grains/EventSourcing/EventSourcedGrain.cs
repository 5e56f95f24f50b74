using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using RemoteEvaluation.Domain;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Grains.Telemetry;

namespace RemoteEvaluation.Grains.EventSourcing;

/// <summary>
/// A grain whose state is folded from its own stream with the pure rules of <typeparamref name="TDecider"/>.
/// A command is decided against the state in memory and appended at the version that state was folded to;
/// if another node appended first, the grain reads what it missed and decides again (the stream version
/// is the ETag). A command id seen before answers with its first result and records nothing.
/// </summary>
public abstract class EventSourcedGrain<TDecider, TState, TCommand, TEvent> : Grain
    where TDecider : IDecider<TState, TCommand, TEvent>
    where TEvent : class
{
    private readonly Dictionary<string, long> commandVersions = new(StringComparer.Ordinal);
    private readonly ResiliencePipeline<Attempt> pipeline;
    private readonly ILogger logger;
    private readonly IStreamHeads? heads;

    protected EventSourcedGrain(GrainServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        Store = services.Store;
        heads = services.Heads;
        Time = services.Time;
        logger = services.Logger;
        pipeline = BuildPipeline(services.Options.Value);
    }

    /// <summary>The stream kind this grain is stored under (<c>session</c>, <c>expert</c>…).</summary>
    protected abstract string StreamKind { get; }

    protected static EventCodec<TEvent> Codec { get; } = new();

    protected IEventStore Store { get; }

    protected TimeProvider Time { get; }

    protected string StreamId => $"{StreamKind}/{Key}";

    /// <summary>The state folded from every event up to <see cref="Version"/>.</summary>
    protected TState State { get; private set; } = TDecider.Initial;

    /// <summary>The version of the last event folded into <see cref="State"/>; 0 for a new stream.</summary>
    protected long Version { get; private set; }

    public override Task OnActivateAsync(CancellationToken cancellationToken) => CatchUpAsync(cancellationToken);

    /// <summary>Decides <paramref name="command"/> and records its events.</summary>
    protected async Task<CommandResult> ExecuteAsync(TCommand command, CommandContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        if (string.IsNullOrWhiteSpace(context.CommandId))
        {
            return CommandResult.Rejected(new Rejection(GrainRejections.CommandIdRequired, "Every command needs a client-chosen command id so that a retry is not applied twice."), Version);
        }

        using var activity = Instrumentation.ActivitySource.StartActivity($"{StreamKind} {command.GetType().Name}");
        activity?.SetTag("re.stream", StreamId);
        var started = Stopwatch.GetTimestamp();
        var attempt = await pipeline.ExecuteAsync(async (token) => await AttemptAsync(command, context, token), cancellationToken);
        var result = attempt.Result ?? CommandResult.Rejected(
            new Rejection(GrainRejections.Contended, $"{StreamId} is being changed by others right now; send the same command again."), Version);

        var outcome = result.Accepted ? (result.Duplicate ? "duplicate" : "accepted") : "rejected";
        activity?.SetTag("re.outcome", outcome);
        Instrumentation.CommandsExecuted.Add(1, new("grain", StreamKind), new("outcome", outcome));
        Instrumentation.CommandDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, new KeyValuePair<string, object?>("grain", StreamKind));
        return result;
    }

    /// <summary>
    /// Completes a command with what only the grain knows (for example the chain hash), on every attempt,
    /// just before it is decided against the current <see cref="State"/>.
    /// </summary>
    protected virtual ValueTask<TCommand> PrepareAsync(TCommand command, CancellationToken cancellationToken) => ValueTask.FromResult(command);

    /// <summary>
    /// Brings the state up to date for a peek: reads the log only when this node's feed has heard of an append since
    /// <see cref="Version"/> or cannot be sure. Deciding never relies on it: an acceptance from a stale state conflicts
    /// at the append, and a refusal is made again after <see cref="CatchUpAsync"/>.
    /// </summary>
    protected Task RefreshAsync(CancellationToken cancellationToken) =>
        heads?.IsCurrent(StreamId, Version) == true ? Task.CompletedTask : CatchUpAsync(cancellationToken);

    /// <summary>Reads and folds the events appended since <see cref="Version"/> (by any node).</summary>
    protected async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        await foreach (var stored in Store.ReadStreamAsync(StreamId, Version, cancellationToken))
        {
            Apply(Codec.Decode(stored.Type, stored.Data.Span), stored.Version, stored.CommandId);
        }
    }

    private async ValueTask<Attempt> AttemptAsync(TCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        if (commandVersions.TryGetValue(context.CommandId, out var earlier))
        {
            return new Attempt(CommandResult.Ok(earlier, duplicate: true), Conflict: false);
        }

        command = await PrepareAsync(command, cancellationToken);
        var decision = TDecider.Decide(State, command, Time.GetUtcNow());
        if (decision.Rejection is { } rejection)
        {
            // An acceptance on a stale state is caught by the append's version check; a refusal must be caught here:
            // if another node appended since this state was folded, decide again on what it wrote.
            var folded = Version;
            await CatchUpAsync(cancellationToken);
            return Version != folded
                ? new Attempt(null, Conflict: true)
                : new Attempt(CommandResult.Rejected(rejection, Version), Conflict: false);
        }

        if (decision.Events.Count == 0)
        {
            return new Attempt(CommandResult.Ok(Version), Conflict: false);
        }

        var metadata = (context with { TraceId = Activity.Current?.TraceId.ToString() }).ToMetadata();
        var events = decision.Events.Select(e => new NewEvent(Codec.NameOf(e), Codec.Encode(e), metadata)).ToList();
        var appended = await Store.AppendAsync(StreamId, Version, events, context.CommandId, cancellationToken);
        switch (appended)
        {
            case AppendResult.Appended { Duplicate: false } ok:
                var version = ok.FirstVersion;
                foreach (var e in decision.Events)
                {
                    Apply(e, version++, context.CommandId);
                }

                return new Attempt(CommandResult.Ok(ok.LastVersion), Conflict: false);

            case AppendResult.Appended duplicate:
                // Another node recorded this command id first; fold what it wrote and answer as it did.
                await CatchUpAsync(cancellationToken);
                return new Attempt(CommandResult.Ok(duplicate.LastVersion, duplicate: true), Conflict: false);

            case AppendResult.VersionConflict conflict:
                GrainLog.ConflictRetry(logger, StreamId, conflict.ActualVersion);
                Instrumentation.VersionConflicts.Add(1, new KeyValuePair<string, object?>("grain", StreamKind));
                await CatchUpAsync(cancellationToken);
                return new Attempt(null, Conflict: true);

            case AppendResult.Invalid invalid:
                return new Attempt(CommandResult.Rejected(new Rejection(invalid.Code, invalid.Message), Version), Conflict: false);

            default:
                throw new InvalidOperationException($"Unknown append result {appended}.");
        }
    }

    private void Apply(TEvent e, long version, string? commandId)
    {
        State = TDecider.Evolve(State, e);
        Version = version;
        if (commandId is not null)
        {
            commandVersions[commandId] = version;
        }
    }

    private ResiliencePipeline<Attempt> BuildPipeline(GrainRuntimeOptions options) =>
        new ResiliencePipelineBuilder<Attempt>()
            .AddRetry(new RetryStrategyOptions<Attempt>
            {
                // Transient database faults: the whole attempt runs again (the command id keeps it single).
                ShouldHandle = new PredicateBuilder<Attempt>().Handle<TransientStoreException>(),
                MaxRetryAttempts = options.MaxTransientRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(100),
                MaxDelay = TimeSpan.FromSeconds(2),
                OnRetry = args =>
                {
                    GrainLog.TransientRetry(logger, StreamId, args.Outcome.Exception);
                    return ValueTask.CompletedTask;
                },
            })
            .AddRetry(new RetryStrategyOptions<Attempt>
            {
                // Lost the append to another writer: decide again on the caught-up state.
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result is { Conflict: true }),
                MaxRetryAttempts = options.MaxConflictRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(2),
                MaxDelay = TimeSpan.FromMilliseconds(200),
            })
            .Build();

    private sealed record Attempt(CommandResult? Result, bool Conflict);
}
