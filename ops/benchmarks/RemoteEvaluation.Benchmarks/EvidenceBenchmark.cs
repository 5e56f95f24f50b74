using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Chain;
using RemoteEvaluation.Domain.Chat;
using RemoteEvaluation.Domain.Documents;
using RemoteEvaluation.Domain.Presence;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Evidence;

namespace RemoteEvaluation.Benchmarks;

/// <summary>
/// Verify plus replay of an evidence package of one long session: the package is built once (not timed) from
/// generated session events chained as the store chains them; each run verifies it offline against the pinned key
/// (unzip, signature, every hash recomputed, manifest, entries) and replays its timeline through the domain's Evolve,
/// formatting every line as <c>re replay</c> does. The baseline, in the same run, is plain SHA-256 over each event's
/// line bytes: the least any verifier that hashes every event must do.
/// </summary>
internal static class EvidenceBenchmark
{
    private static readonly JsonSerializerOptions Stored = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static async Task<string> RunAsync(int eventCount, int runs)
    {
        using var key = EvidenceKey.Create(EvidenceAlgorithms.EcdsaP256);
        var events = Generate(eventCount);
        using var package = new MemoryStream();
        await EvidenceWriter.WriteAsync(package, new EvidenceSource("bench", ToAsync(events), []), key, "site-330100", DateTimeOffset.UtcNow);
        var lines = events.Select(e =>
        {
            var buffer = new System.Buffers.ArrayBufferWriter<byte>();
            EventLines.Write(buffer, e);
            return buffer.WrittenMemory.ToArray();
        }).ToList();

        List<double> verify = [], replay = [], baseline = [], cpu = [];
        var hash = new byte[32];
        for (var i = -1; i < runs; i++)
        {
            var cpuBefore = Environment.CpuUsage.TotalTime;
            var started = Stopwatch.GetTimestamp();
            package.Position = 0;
            List<EvidenceEvent> read = [];
            var verification = EvidenceVerifier.Verify(package, key.PublicKeyPem, read);
            var verified = Stopwatch.GetElapsedTime(started);
            if (verification.Problem is { } problem)
            {
                throw new InvalidOperationException(problem.ToString());
            }

            started = Stopwatch.GetTimestamp();
            var written = 0L;
            foreach (var entry in Timeline.Of(read))
            {
                var line = string.Create(CultureInfo.InvariantCulture, $"{entry.At:yyyy-MM-dd HH:mm:ss}  v{entry.Version,-5} {entry.Who,-28} {entry.Site,-8} {entry.What}{(entry.PhaseChangedTo is { } p ? EventSummaries.PhaseName(p) : "")}");
                written += line.Length;
            }

            var replayed = Stopwatch.GetElapsedTime(started);
            var cpuUsed = Environment.CpuUsage.TotalTime - cpuBefore;
            started = Stopwatch.GetTimestamp();
            foreach (var line in lines)
            {
                SHA256.HashData(line, hash);
            }

            var hashed = Stopwatch.GetElapsedTime(started);
            if (i >= 0 && written > 0)
            {
                verify.Add(verified.TotalSeconds);
                replay.Add(replayed.TotalSeconds);
                baseline.Add(hashed.TotalSeconds);
                cpu.Add(cpuUsed.TotalSeconds);
            }
        }

        return Section(eventCount, runs, package.Length, lines.Sum(l => (long)l.Length), Median(verify), Median(replay), Median(baseline), Median(cpu));
    }

    private static string Section(int count, int runs, long packageBytes, long lineBytes, double verify, double replay, double baseline, double cpu)
    {
        var both = verify + replay;
        var rate = count / both;
        var text = new StringBuilder();
        text.AppendLine("## Evidence package: verify plus replay of a 100,000-event session");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"- Date: {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Machine: {Report.Machine()}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Command: `ops/bench.sh evidence` (`dotnet … RemoteEvaluation.Benchmarks.dll evidence --events {count} --runs {runs}`; medians of {runs} runs after one warm-up)");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Package: one session stream of {count:N0} events (`session.scheduled`, then documents shown, chat, presence), {lineBytes / 1048576.0:F1} MiB of JSON lines, {packageBytes / 1048576.0:F1} MiB zipped, signed ECDSA P-256; built once, not timed.");
        text.AppendLine("- Verify: `EvidenceVerifier.Verify` with the key pinned — unzip, signature, every line parsed, every hash recomputed from the exact bytes and linked, manifest counts and times, document hashes, entry hashes.");
        text.AppendLine("- Replay: `Timeline.Of` — every event decoded into its domain record and folded with `SessionDecider.Evolve`, one line formatted per event as `re replay` prints it (not written to a terminal).");
        text.AppendLine("- Baseline (same run, same bytes): plain SHA-256 over each event's line.");
        text.AppendLine("- Target: verify plus replay at 100,000 events/s or more.");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Result: {rate:N0} events/s wall-clock: {(rate >= 100_000 ? "met" : "NOT met")} on this run; by process CPU time (all threads, GC included) {cpu:F3} s, {count / cpu:N0} events/s.");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Load average while measuring: {Report.LoadAverage()} (wall-clock on a shared machine).");
        text.AppendLine();
        text.AppendLine("| step | median s | events/s |");
        text.AppendLine("| --- | ---: | ---: |");
        foreach (var (step, seconds) in new[] { ("verify", verify), ("replay", replay), ("verify + replay", both), ("baseline: SHA-256 per line", baseline) })
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {step} | {seconds:F3} | {count / seconds:N0} |");
        }

        return text.ToString();
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }

    private static List<EvidenceEvent> Generate(int count)
    {
        var start = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
        var sites = new[] { "site-330100", "site-330200", "site-330300" };
        var random = new Random(2026);
        List<EvidenceEvent> events = new(count);
        var previous = EventHash.Genesis;
        for (var v = 1; v <= count; v++)
        {
            var at = start.AddMilliseconds(v * 250L);
            var site = sites[random.Next(sites.Length)];
            var person = $"x{random.Next(1, 10)}";
            SessionEvent e = v == 1
                ? new SessionScheduled("ZJ-2026-100K", "Bench session", sites[0], start.AddHours(1), 30_000_000m)
                : random.Next(100) switch
                {
                    < 40 => new DocumentShown($"bid-{(char)('A' + random.Next(6))}/technical.pdf", random.Next(1, 400), 1.25m, 0.4m, person, at),
                    < 75 => new ChatMessagePosted(person, ActorRole.Expert, site, null, $"第{v}条 Please scroll to section {random.Next(1, 30)}.", at),
                    < 88 => new ParticipantConnected($"conn-{v}", person, ActorRole.Expert, site, at),
                    _ => new ParticipantDisconnected($"conn-{v - 1}", person, ActorRole.Expert, site, at),
                };
            var type = e.GetType().GetCustomAttributes(typeof(Domain.EventTypeAttribute), false).Cast<Domain.EventTypeAttribute>().Single().Name;
            var data = JsonSerializer.SerializeToUtf8Bytes(e, e.GetType(), Stored);
            var metadata = Encoding.UTF8.GetBytes($"{{\"commandId\":\"c-{v}\",\"actorId\":\"{person}\",\"role\":\"Expert\",\"siteId\":\"{site}\",\"connectionId\":\"conn-{v}\"}}");
            var micros = EventHash.ToMicros(at);
            var hash = EventHash.Compute(previous.Span, "session/bench", v, type, micros, data, metadata);
            events.Add(new EvidenceEvent(0, "session/bench", v, type, micros, data, metadata, previous, hash));
            previous = hash;
        }

        return events;
    }

    private static async IAsyncEnumerable<EvidenceEvent> ToAsync(List<EvidenceEvent> events)
    {
        foreach (var e in events)
        {
            yield return e;
        }

        await Task.CompletedTask;
    }
}
