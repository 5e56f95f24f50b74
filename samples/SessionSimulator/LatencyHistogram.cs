using System.Diagnostics;

namespace RemoteEvaluation.SessionSimulator;

/// <summary>
/// Latencies of one kind (延迟分布), every sample kept (a run has thousands, not millions), read as an HdrHistogram-style
/// percentile ladder. Thread-safe: every bot records into the same histogram.
/// </summary>
public sealed class LatencyHistogram(string name)
{
    private static readonly double[] Ladder = [0.50, 0.75, 0.90, 0.95, 0.99, 0.999];
    private readonly List<double> samples = [];

    public string Name { get; } = name;

    public int Count
    {
        get
        {
            lock (samples)
            {
                return samples.Count;
            }
        }
    }

    /// <summary>Records the time from <paramref name="startTimestamp"/> to <paramref name="endTimestamp"/> (both <see cref="Stopwatch"/> ticks).</summary>
    public void Record(long startTimestamp, long endTimestamp) =>
        RecordMilliseconds(Stopwatch.GetElapsedTime(startTimestamp, endTimestamp).TotalMilliseconds);

    public void RecordMilliseconds(double milliseconds)
    {
        lock (samples)
        {
            samples.Add(milliseconds);
        }
    }

    /// <summary>Everything recorded since the last call, and a fresh start (for the steps of a ramp).</summary>
    public LatencySummary TakeSummary()
    {
        var summary = Summary();
        lock (samples)
        {
            samples.Clear();
        }

        return summary;
    }

    public LatencySummary Summary()
    {
        double[] sorted;
        lock (samples)
        {
            sorted = [.. samples];
        }

        Array.Sort(sorted);
        var percentiles = Ladder.ToDictionary(p => p, p => Percentile(sorted, p));
        return new LatencySummary(
            Name,
            sorted.Length,
            sorted.Length == 0 ? double.NaN : sorted.Average(),
            sorted.Length == 0 ? double.NaN : sorted[0],
            percentiles[0.50],
            percentiles[0.75],
            percentiles[0.90],
            percentiles[0.95],
            percentiles[0.99],
            percentiles[0.999],
            sorted.Length == 0 ? double.NaN : sorted[^1]);
    }

    /// <summary>The nearest-rank percentile: the smallest sample with at least <paramref name="p"/> of the samples at or below it.</summary>
    internal static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}

/// <summary>A histogram's percentile ladder in milliseconds.</summary>
public sealed record LatencySummary(
    string Name, int Count, double Mean, double Min, double P50, double P75, double P90, double P95, double P99, double P999, double Max);
