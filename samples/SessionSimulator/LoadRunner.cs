using System.Diagnostics;

namespace RemoteEvaluation.SessionSimulator;

/// <summary>
/// Runs N session loads (运行器): prepares them a few at a time, opens the scoring gate for all at once, finishes them, and
/// reports the histograms. A session that fails is reported with its code; the others go on.
/// </summary>
internal static class LoadRunner
{
    public static async Task<RunResult> RunAsync(
        SimulatorOptions options, string label, int connectionsPerSession, Func<RunMetrics, string, ISessionLoad> create, TextWriter log, CancellationToken ct,
        Func<IReadOnlyList<ISessionLoad>, Task>? beforeScoring = null)
    {
        var metrics = new RunMetrics(label);
        var loads = Enumerable.Range(1, options.Sessions).Select(i => create(metrics, $"{options.Prefix}-{label}-{i:D4}")).ToArray();
        List<string> failures = [];
        var total = Stopwatch.StartNew();
        using var gate = new SemaphoreSlim(options.SetupConcurrency);
        var ready = await Task.WhenAll(loads.Select(async load =>
        {
            await gate.WaitAsync(ct);
            try
            {
                return await StepAsync(load.PrepareAsync, ct);
            }
            finally
            {
                gate.Release();
            }
        }));
        var setup = total.Elapsed;
        log.WriteLine($"{label}: {ready.Count(r => r is null)} of {loads.Length} sessions ready in {setup.TotalSeconds:F1} s; scoring");

        if (beforeScoring is not null)
        {
            // Measurements that need every session open and joined (memory, the ramp) run here, on the ready ones.
            await beforeScoring([.. loads.Where((_, i) => ready[i] is null)]);
        }

        var loadBefore = Machine.LoadAverage();
        var scoring = Stopwatch.StartNew();
        var scored = await Task.WhenAll(loads.Select((load, i) => ready[i] is null ? StepAsync(load.ScoreAsync, ct) : Task.FromResult(ready[i])));
        var scoringTime = scoring.Elapsed;
        var loadAfter = Machine.LoadAverage();
        var finished = await Task.WhenAll(loads.Select((load, i) => scored[i] is null ? StepAsync(load.FinishAsync, ct) : Task.FromResult(scored[i])));
        foreach (var load in loads)
        {
            await load.DisposeAsync();
        }

        failures.AddRange(finished.OfType<string>());
        return new RunResult(
            label,
            loads.Length,
            metrics.SessionsFinished,
            loads.Length * connectionsPerSession,
            setup.TotalSeconds,
            scoringTime.TotalSeconds,
            total.Elapsed.TotalSeconds,
            loadBefore,
            loadAfter,
            metrics.ScoreToHost.Summary(),
            metrics.CommandRoundTrip.Summary(),
            metrics.Errors.Snapshot(),
            failures);
    }

    /// <summary>Runs a step; answers null, or what failed.</summary>
    private static async Task<string?> StepAsync(Func<CancellationToken, Task> step, CancellationToken ct)
    {
        try
        {
            await step(ct);
            return null;
        }
        catch (SimulatorException e)
        {
            return $"{e.Code}: {e.Message}";
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            return $"simulator.unexpected: {e.GetType().Name}: {e.Message}";
        }
    }
}
