using System.Diagnostics;
using System.Globalization;
using System.Text;
using RemoteEvaluation.Domain;
using RemoteEvaluation.Domain.Draw;
using RemoteEvaluation.Domain.Experts;
using RemoteEvaluation.Samples;

namespace RemoteEvaluation.Benchmarks;

/// <summary>
/// One draw round over a generated 100,000-expert pool with every avoidance rule on: the whole pure decision
/// (pool conditions and avoidance for every expert, the snapshot and its hash, the seed, the shuffles, the
/// snapshot split into events), timed per run with a new supervisor value each time.
/// </summary>
internal static class DrawBenchmark
{
    public const string Seed = "bench-2026";

    public static string Run(int poolSize, int iterations)
    {
        var started = Stopwatch.GetTimestamp();
        var pool = ExpertPoolGenerator.Generate(poolSize, Seed);
        var generated = Stopwatch.GetElapsedTime(started);
        started = Stopwatch.GetTimestamp();
        var index = new PoolIndex(pool);
        var indexed = Stopwatch.GetElapsedTime(started);
        var codes = Request().Slots.Select(s => s.SpecialtyCode).ToList();
        var request = Request();
        const string secret = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
        var now = ExpertPoolGenerator.SessionFrom.AddDays(-7);
        var requested = DrawDecider.Decide(DrawState.Empty, new RequestDraw(request, DrawSeed.Commitment(secret)), now);
        if (requested.Rejection is { } refused)
        {
            throw new InvalidOperationException(refused.ToString());
        }

        var state = requested.Events.Aggregate(DrawState.Empty, DrawDecider.Evolve);
        IReadOnlyList<SeatOffer> offers = [.. Enumerable.Range(1, 4).Select(c => new SeatOffer($"site-33{c:D2}00", RegionCode.Parse($"33{c:D2}00"), 12))];
        var samples = new List<double>(iterations);
        var cpu = TimeSpan.Zero;
        Decision<DrawEvent> last = default;
        for (var i = -5; i < iterations; i++)
        {
            var cpuBefore = Environment.CpuUsage.TotalTime;
            var run = Stopwatch.GetTimestamp();
            var home = index.Select(codes, p => p == "330000");
            last = DrawDecider.Decide(state, new PerformDraw(secret, $"supervisor-{i}", home, null, offers), now);
            if (i >= 0)
            {
                samples.Add(Stopwatch.GetElapsedTime(run).TotalMilliseconds);
                cpu += Environment.CpuUsage.TotalTime - cpuBefore;
            }
        }

        if (last.Rejection is { } rejection)
        {
            throw new InvalidOperationException(rejection.ToString());
        }

        var performed = last.Events.OfType<DrawPerformed>().Single();
        var parts = Breakdown(request, index, codes, offers, secret, iterations);
        var matching = request.Slots.Select(s => pool.Count(p => Eligibility.Matches(p.Record, s.SpecialtyCode))).ToList();
        samples.Sort();
        return Section(poolSize, iterations, generated, indexed, cpu / iterations, samples, performed, matching, last.Events.Count, parts);
    }

    /// <summary>The median of each step on its own, to show where the time goes.</summary>
    private static string Breakdown(DrawRequest request, PoolIndex index, List<string> codes, IReadOnlyList<SeatOffer> offers, string secret, int iterations)
    {
        var none = new HashSet<string>();
        var pool = index.Select(codes, p => p == "330000");
        var eligible = EligibleList.Build(request, pool, null, none);
        var seed = DrawSeed.Derive(secret, "x", 0);
        double Median(Action step)
        {
            var times = new List<double>();
            for (var i = -3; i < iterations; i++)
            {
                var t = Stopwatch.GetTimestamp();
                step();
                if (i >= 0)
                {
                    times.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                }
            }

            times.Sort();
            return times[times.Count / 2];
        }

        var select = Median(() => index.Select(codes, p => p == "330000"));
        var filter = Median(() => EligibleList.Build(request, pool, null, none));

        // Before and after in the same run: the same experts as a plain array go through the per-expert profiles.
        PoolExpert[] profiles = [.. pool];
        var before = Median(() => EligibleList.Build(request, profiles, null, none));
        var hash = Median(() => eligible.Hash(request));
        var shuffle = Median(() => DrawAlgorithm.Run(request, eligible, seed, offers));
        var events = 0;
        var split = Median(() => events = DrawSnapshotParts.Split(0, eligible).Count());
        return string.Create(CultureInfo.InvariantCulture, $"index selection {select:F2} ms, eligibility filter {filter:F2} ms over the index's columns (over per-expert profiles, as before: {before:F2} ms, one id-order check included), snapshot hash {hash:F2} ms, algorithm (hash included) {shuffle:F2} ms, snapshot split into events {split:F2} ms");
    }

    private static DrawRequest Request() => new(
        "bench-session",
        "site-330100",
        new DrawProject(
            "BENCH-1",
            "emp-0001",
            "招标人",
            RegionCode.Parse("330106"),
            [.. Enumerable.Range(2, 10).Select(i => new Bidder($"emp-{i:D4}", $"投标人{i}", [$"person-{i}-1", $"person-{i}-2"]))],
            ["dept-0", "dept-1"]),
        [new DrawSlot("C05", 5), new DrawSlot("E01", 2)],
        ExpertPoolGenerator.SessionFrom,
        ExpertPoolGenerator.SessionFrom.AddHours(6),
        AvoidanceRules.All,
        DrawSettings.Default);

    private static string Section(int poolSize, int iterations, TimeSpan generated, TimeSpan indexed, TimeSpan cpuPerRun, List<double> sorted, DrawPerformed performed, List<int> matching, int events, string parts)
    {
        double P(double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
        var text = new StringBuilder();
        text.AppendLine("## Expert draw: one round over a 100,000-expert pool");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"- Date: {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Machine: {Report.Machine()}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Command: `dotnet run -c Release --project ops/benchmarks/RemoteEvaluation.Benchmarks -- draw` ({iterations} runs after 5 warm-up runs)");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Pool: `ExpertPoolGenerator.Generate({poolSize}, \"{Seed}\")` in `samples/RemoteEvaluation.Samples` (one province of 44 counties, 40 specialties, 2,000 employers, conflicts, misconduct penalties, department staff, past sessions; generated in {generated.TotalSeconds:F1} s, not timed).");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Pool index (`PoolIndex`, kept by the pool read model and rebuilt only when the pool changes): built in {indexed.TotalMilliseconds:F0} ms, not timed.");
        text.AppendLine("- Timed: selecting the home pool's experts of the requested classes from the index, then `DrawDecider.Decide(PerformDraw)` — every selected expert checked against the pool conditions and all seven avoidance rules, the eligible-list snapshot built and hashed, the seed derived, both slots shuffled, the snapshot split into events.");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Request: C05 × 5 and E01 × 2, tenderer and 10 bidders (20 people), 2 departments; matching experts {string.Join(" and ", matching)}, eligible {performed.Slots[0].EligibleCount} and {performed.Slots[1].EligibleCount}; {events} events per round.");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Medians of the steps on their own: {parts}.");
        text.AppendLine("- Target: median under 20 ms.");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Result: median {P(0.5):F2} ms against the 20 ms target: {(P(0.5) < 20 ? "met" : "not met")} on this run.");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Load average while measuring: {Report.LoadAverage()} (wall-clock figures include waiting for a core; CPU ms per run is the process's CPU time, GC included, divided by the runs).");
        text.AppendLine();
        text.AppendLine("| pool | runs | median ms | p95 ms | min ms | max ms | CPU ms per run |");
        text.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| {poolSize:N0} | {sorted.Count} | {Report.F(P(0.5), "F2")} | {Report.F(P(0.95), "F2")} | {Report.F(sorted[0], "F2")} | {Report.F(sorted[^1], "F2")} | {Report.F(cpuPerRun.TotalMilliseconds, "F2")} |");
        return text.ToString();
    }
}
