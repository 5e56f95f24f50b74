using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RemoteEvaluation.Grains.Telemetry;

namespace RemoteEvaluation.Grains.Runtime;

/// <summary>
/// The activation table of this node: at most one activation per grain id, created on the first call,
/// collected after <see cref="GrainRuntimeOptions.IdleTimeout"/> without calls. It is not a cluster:
/// across nodes, the event store's version check decides which writer wins.
/// </summary>
public sealed class GrainCatalog : IGrainFactory, IAsyncDisposable
{
    private readonly ConcurrentDictionary<GrainId, Activation> activations = new();
    private readonly IServiceProvider services;
    private readonly GrainRegistry registry;
    private readonly TimeProvider time;
    private readonly GrainRuntimeOptions options;
    private readonly ILogger logger;
    private readonly ITimer collector;

    public GrainCatalog(
        IServiceProvider services, GrainRegistry registry, TimeProvider time, IOptions<GrainRuntimeOptions> options, IMeterFactory meters, ILogger<GrainCatalog> logger)
    {
        this.services = services;
        this.registry = registry;
        this.time = time;
        this.options = options.Value;
        this.logger = logger;
        collector = time.CreateTimer(_ => _ = CollectIdleAsync(), null, this.options.CollectionInterval, this.options.CollectionInterval);
        // A meter from the container's factory goes away with the container, and this gauge with it.
        meters.Create(Instrumentation.Name).CreateObservableGauge(
            "remote_evaluation.grain.activations", () => activations.Count, description: "Grain activations in memory on this node.");
    }

    /// <summary>How many activations are in memory on this node.</summary>
    public int ActivationCount => activations.Count;

    public TGrainInterface GetGrain<TGrainInterface>(string key)
        where TGrainInterface : class, IGrainWithStringKey
    {
        ArgumentNullException.ThrowIfNull(key);
        return GrainProxy.Create<TGrainInterface>(this, new GrainId(typeof(TGrainInterface), key));
    }

    /// <summary>Runs one call inside the grain's turn, activating it first if needed.</summary>
    internal async Task<T> InvokeAsync<T>(GrainId id, Func<Grain, Task<T>> call)
    {
        while (true)
        {
            var activation = activations.GetOrAdd(id, Create);
            await activation.Turn.WaitAsync();
            try
            {
                if (activation.IsDeactivated)
                {
                    continue; // collected while we waited: the loop finds or creates the next one
                }

                if (!activation.IsActivated)
                {
                    await activation.Instance.OnActivateAsync(CancellationToken.None);
                    activation.IsActivated = true;
                    GrainLog.Activated(logger, id.ToString());
                }

                return await call(activation.Instance);
            }
            finally
            {
                activation.LastUsed = time.GetTimestamp();
                activation.Turn.Release();
            }
        }
    }

    /// <summary>Deactivates every activation idle for longer than the idle timeout; returns how many left.</summary>
    public async Task<int> CollectIdleAsync()
    {
        var collected = 0;
        foreach (var activation in activations.Values)
        {
            if (time.GetElapsedTime(activation.LastUsed) < options.IdleTimeout || !activation.Turn.Wait(0))
            {
                continue; // recently used, or busy right now
            }

            try
            {
                if (time.GetElapsedTime(activation.LastUsed) >= options.IdleTimeout && !activation.IsDeactivated)
                {
                    await DeactivateAsync(activation);
                    collected++;
                }
            }
            finally
            {
                activation.Turn.Release();
            }
        }

        return collected;
    }

    public async ValueTask DisposeAsync()
    {
        await collector.DisposeAsync();
        foreach (var activation in activations.Values)
        {
            await activation.Turn.WaitAsync();
            try
            {
                if (!activation.IsDeactivated)
                {
                    await DeactivateAsync(activation);
                }
            }
            finally
            {
                activation.Turn.Release();
            }
        }
    }

    private Activation Create(GrainId id)
    {
        var grain = (Grain)ActivatorUtilities.CreateInstance(services, registry.ImplementationOf(id.Interface));
        grain.Key = id.Key;
        return new Activation(id, grain, time.GetTimestamp());
    }

    private async Task DeactivateAsync(Activation activation)
    {
        activation.IsDeactivated = true;
        activations.TryRemove(new KeyValuePair<GrainId, Activation>(activation.Id, activation));
        if (activation.IsActivated)
        {
            try
            {
                await activation.Instance.OnDeactivateAsync(CancellationToken.None);
            }
            catch (Exception ex)
            {
                // Deactivation only drops memory; the state is in the log either way.
                GrainLog.DeactivationFailed(logger, activation.Id.ToString(), ex);
            }
        }

        GrainLog.Deactivated(logger, activation.Id.ToString());
    }
}
