using System.Diagnostics;

namespace RemoteEvaluation.Benchmarks;

/// <summary>Runs <c>concurrency</c> loops for a fixed time and keeps every operation's latency.</summary>
internal static class LatencyRecorder
{
    public static async Task<Measurement> RunAsync(int concurrency, TimeSpan warmup, TimeSpan duration, Func<int, Func<Task>> loopFactory)
    {
        var loops = Enumerable.Range(0, concurrency).Select(loopFactory).ToArray();
        var samples = new List<double>[concurrency];
        var measuring = false;
        var stop = false;
        var tasks = Enumerable.Range(0, concurrency).Select(i => Task.Run(async () =>
        {
            var mine = samples[i] = new List<double>(100_000);
            while (!Volatile.Read(ref stop))
            {
                var started = Stopwatch.GetTimestamp();
                await loops[i]();
                if (Volatile.Read(ref measuring))
                {
                    mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }
        })).ToArray();

        await Task.Delay(warmup);
        Volatile.Write(ref measuring, true);
        var clock = Stopwatch.StartNew();
        await Task.Delay(duration);
        Volatile.Write(ref measuring, false);
        var elapsed = clock.Elapsed;
        Volatile.Write(ref stop, true);
        await Task.WhenAll(tasks);

        var all = samples.SelectMany(s => s).Order().ToArray();
        return new Measurement(all.Length / elapsed.TotalSeconds, Percentile(all, 0.50), Percentile(all, 0.99), all.Length);
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}

/// <summary>Operations per second and latency percentiles in milliseconds.</summary>
internal sealed record Measurement(double PerSecond, double P50, double P99, int Count);
