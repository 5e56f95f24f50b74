// Benchmarks that write docs/performance.md. See docs/performance.md for how to run them.
//   dotnet run -c Release --project ops/benchmarks/RemoteEvaluation.Benchmarks -- storage [--seconds 5] [--report docs/performance.md]
//   dotnet run -c Release --project ops/benchmarks/RemoteEvaluation.Benchmarks -- draw [--runs 50] [--pool 100000] [--report docs/performance.md]
//   dotnet run -c Release --project ops/benchmarks/RemoteEvaluation.Benchmarks -- evidence [--runs 5] [--events 100000] [--report docs/performance.md]
// PostgreSQL is measured when REMOTEEVALUATION_BENCH_POSTGRES holds a connection string (ops/bench.sh sets one up).
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using RemoteEvaluation.Benchmarks;
using RemoteEvaluation.Storage.Limits;
using RemoteEvaluation.Storage.Sqlite;

var what = args.FirstOrDefault() ?? "storage";
var seconds = ArgValue("--seconds") is { } s ? double.Parse(s, CultureInfo.InvariantCulture) : 5;
var reportPath = ArgValue("--report") ?? Path.Combine("docs", "performance.md");
if (what == "draw")
{
    var runs = ArgValue("--runs") is { } r ? int.Parse(r, CultureInfo.InvariantCulture) : 50;
    var poolSize = ArgValue("--pool") is { } p ? int.Parse(p, CultureInfo.InvariantCulture) : 100_000;
    Report.WriteSection(reportPath, "draw", DrawBenchmark.Run(poolSize, runs));
    Console.WriteLine($"Wrote the draw section of {reportPath}.");
    return 0;
}

if (what == "evidence")
{
    var runs = ArgValue("--runs") is { } r ? int.Parse(r, CultureInfo.InvariantCulture) : 5;
    var events = ArgValue("--events") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 100_000;
    Report.WriteSection(reportPath, "evidence", await EvidenceBenchmark.RunAsync(events, runs));
    Console.WriteLine($"Wrote the evidence section of {reportPath}.");
    return 0;
}

if (what != "storage")
{
    Console.Error.WriteLine($"Unknown benchmark '{what}'. Known: storage, draw, evidence.");
    return 2;
}

var benchmark = new StorageBenchmark(TimeSpan.FromSeconds(Math.Max(1, seconds / 5)), TimeSpan.FromSeconds(seconds));
var rows = new List<StorageBenchmark.Row>();
var folder = Directory.CreateTempSubdirectory("re-bench-").FullName;
try
{
    var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "bench.db"), Pooling = true }.ToString();
    await SqliteSchema.ApplyAsync(connectionString, NullLogger.Instance);
    await using (var store = new SqliteEventStore(connectionString, new EventStoreLimits(), TimeProvider.System, NullLogger<SqliteEventStore>.Instance))
    {
        rows.AddRange(await benchmark.RunAsync("SQLite", store, await SqlitePlainInsert.CreateAsync(connectionString)));
    }

    SqliteConnection.ClearAllPools();
}
finally
{
    Directory.Delete(folder, recursive: true);
}

if (Environment.GetEnvironmentVariable("REMOTEEVALUATION_BENCH_POSTGRES") is { Length: > 0 } postgres)
{
    rows.AddRange(await PostgreSqlBench.RunAsync(benchmark, postgres));
}
else
{
    Console.WriteLine("PostgreSQL skipped: REMOTEEVALUATION_BENCH_POSTGRES is not set (ops/bench.sh sets it).");
}

Report.WriteSection(reportPath, "storage", StorageSection(rows, seconds));
Console.WriteLine($"Wrote the storage section of {reportPath}.");
return 0;

string? ArgValue(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

static string StorageSection(List<StorageBenchmark.Row> rows, double seconds)
{
    var text = new StringBuilder();
    text.AppendLine("## Event store: single-event appends");
    text.AppendLine();
    text.AppendLine(CultureInfo.InvariantCulture, $"- Date: {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC");
    text.AppendLine(CultureInfo.InvariantCulture, $"- Machine: {Report.Machine()}");
    text.AppendLine(CultureInfo.InvariantCulture, $"- Command: `ops/bench.sh storage` ({seconds:F0} s measured per row after a warm-up)");
    text.AppendLine("- Each stream gets one event per append (a ~200-byte score event), appended at its expected version with the hash chain computed;");
    text.AppendLine("  the floor is a plain autocommitted INSERT of the same row shape into a table of the same shape, at the same concurrency, on the same database.");
    text.AppendLine("- Target: at 64 streams at least half the plain-INSERT rate; p99 append latency under 10 ms on PostgreSQL.");
    text.AppendLine();
    text.AppendLine("| store | streams | appends/s | p50 ms | p99 ms | plain INSERT/s | INSERT p50 ms | INSERT p99 ms | appends ÷ INSERTs |");
    text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    foreach (var r in rows)
    {
        text.AppendLine(CultureInfo.InvariantCulture,
            $"| {r.Vendor} | {r.Streams} | {Report.F(r.Append.PerSecond, "F0")} | {Report.F(r.Append.P50, "F2")} | {Report.F(r.Append.P99, "F2")} | {Report.F(r.PlainInsert.PerSecond, "F0")} | {Report.F(r.PlainInsert.P50, "F2")} | {Report.F(r.PlainInsert.P99, "F2")} | {Report.F(r.Ratio, "F2")} |");
    }

    return text.ToString();
}
