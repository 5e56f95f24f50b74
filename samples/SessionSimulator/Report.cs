using System.Globalization;
using System.Text;
using System.Text.Json;

namespace RemoteEvaluation.SessionSimulator;

/// <summary>Prints results as percentile ladders (HdrHistogram style) and writes them as JSON for ops/perf.sh.</summary>
public static class Report
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

    public static string Text(RunResult r)
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"== {r.Label}: {r.SessionsFinished}/{r.Sessions} sessions finished, {r.Connections} connections; setup {r.SetupSeconds:F1} s, scoring {r.ScoringSeconds:F1} s, total {r.TotalSeconds:F1} s; load {r.LoadBefore} -> {r.LoadAfter}");
        foreach (var h in new[] { r.ScoreToHost, r.CommandRoundTrip })
        {
            text.AppendLine(c, $"   {h.Name} (ms, {h.Count} samples)");
            text.AppendLine(c, $"     p50 {h.P50,9:F2}  p75 {h.P75,9:F2}  p90 {h.P90,9:F2}  p95 {h.P95,9:F2}  p99 {h.P99,9:F2}  p99.9 {h.P999,9:F2}  max {h.Max,9:F2}  mean {h.Mean,9:F2}");
        }

        text.AppendLine(c, $"   errors by code: {(r.Errors.Count == 0 ? "none" : string.Join(", ", r.Errors.Select(e => $"{e.Key} {e.Value}")))}");
        foreach (var failure in r.Failures.Take(10))
        {
            text.AppendLine(c, $"   failed: {failure}");
        }

        return text.ToString();
    }

    public static string ToJson<T>(T value) => JsonSerializer.Serialize(value, Json);
}
