using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace RemoteEvaluation.SessionSimulator;

/// <summary>
/// Sustained durable events per second (持续写入能力): N sessions held open in scoring while experts send score sheets at a
/// fixed total rate (open loop: sends are due on a schedule, whatever the answers do), stepping the rate up until the
/// score-to-host p99 passes the limit at the same rate twice running (or a step has failures). The sustained rate is the
/// highest answered rate of a step within the limit.
/// </summary>
internal static class RampRun
{
    private const int MaxSteps = 20;

    public static async Task<RampResult> RunAsync(SimulatorOptions options, TextWriter log, CancellationToken ct)
    {
        var errors = new ErrorCounts();
        using var api = new ServerApi(options.Url, errors);
        var staff = await StaffTokens.SignInAsync(api, options, ct);
        List<RampStep> steps = [];
        var sessions = await LoadRunner.RunAsync(
            options,
            "ramp",
            options.Experts + options.Centres,
            (metrics, id) => new SessionBot(options, api, staff, metrics, id),
            log,
            ct,
            async loads =>
            {
                var bots = loads.Cast<SessionBot>().ToArray();
                var again = false;
                for (var rate = options.RampStart; steps.Count < MaxSteps && bots.Length > 0; rate += again ? 0 : options.RampStep)
                {
                    var step = await StepAsync(bots, rate, options, ct);
                    steps.Add(step);
                    log.WriteLine(Text(step));
                    var over = step.ScoreToHost.P99 > options.RampLimitMilliseconds || step.Failures > 0;
                    if (over && (again || step.Failures > 0))
                    {
                        break;
                    }

                    // A rate is given up when its step is over the limit twice running: one slow step on a shared
                    // machine (a neighbour's build, a collection) is measured again before it ends the ramp.
                    again = over;
                }
            });

        var within = steps.Where(s => s.ScoreToHost.P99 <= options.RampLimitMilliseconds && s.Failures == 0).ToList();
        return new RampResult(options.RampLimitMilliseconds, within.Count == 0 ? 0 : within.Max(s => s.AnsweredPerSecond), steps, sessions);
    }

    private static async Task<RampStep> StepAsync(SessionBot[] bots, double rate, SimulatorOptions options, CancellationToken ct)
    {
        var roundTrip = new LatencyHistogram("command round-trip");
        var toHost = new LatencyHistogram("score-to-host");
        var load = Machine.LoadAverage();
        var due = (int)(rate * options.Duration.TotalSeconds);
        var sends = new List<Task<(SessionBot Bot, long Version, long SentAt)?>>(due);
        var failures = 0;
        var start = Stopwatch.GetTimestamp();
        for (var k = 0; k < due;)
        {
            var dueNow = Math.Min(due, (int)(Stopwatch.GetElapsedTime(start).TotalSeconds * rate) + 1);
            for (; k < dueNow; k++)
            {
                var bot = bots[k % bots.Length];
                var expert = k / bots.Length;
                sends.Add(Task.Run(async () =>
                {
                    try
                    {
                        var (version, sentAt) = await bot.ResubmitAsync(expert, ct);
                        roundTrip.Record(sentAt, Stopwatch.GetTimestamp());
                        return ((SessionBot, long, long)?)(bot, version, sentAt);
                    }
                    catch (SimulatorException)
                    {
                        Interlocked.Increment(ref failures);
                        return null;
                    }
                }, ct));
            }

            await Task.Delay(5, ct);
        }

        var answered = (await Task.WhenAll(sends)).OfType<(SessionBot Bot, long Version, long SentAt)>().ToList();
        var elapsed = Stopwatch.GetElapsedTime(start);
        foreach (var group in answered.GroupBy(a => a.Bot))
        {
            try
            {
                await group.Key.Host!.WaitForVersionAsync(group.Max(a => a.Version), TimeSpan.FromMinutes(2), ct);
            }
            catch (SimulatorException)
            {
                // Counted as a failure: the step is over the limit whatever the latencies of what did arrive.
                Interlocked.Increment(ref failures);
            }

            foreach (var (bot, version, sentAt) in group)
            {
                if (bot.Host!.TryArrival(version, out var arrived))
                {
                    toHost.Record(sentAt, Math.Max(arrived, sentAt));
                }
            }
        }

        return new RampStep(rate, answered.Count / elapsed.TotalSeconds, answered.Count, failures, load, Machine.LoadAverage(), toHost.Summary(), roundTrip.Summary());
    }

    public static string Text(RampStep s) => string.Create(
        CultureInfo.InvariantCulture,
        $"   ramp {s.OfferedPerSecond,7:F0}/s offered, {s.AnsweredPerSecond,7:F1}/s answered ({s.Answered}, {s.Failures} failed); score-to-host p50 {s.ScoreToHost.P50:F1} p99 {s.ScoreToHost.P99:F1} ms; round-trip p99 {s.CommandRoundTrip.P99:F1} ms; load {s.LoadBefore} -> {s.LoadAfter}");

    public static string Text(RampResult r)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"== ramp: sustained {r.SustainedPerSecond:F1} durable events/s with score-to-host p99 within {r.LimitMilliseconds} ms");
        foreach (var step in r.Steps)
        {
            text.AppendLine(Text(step));
        }

        text.Append(Report.Text(r.Sessions));
        return text.ToString();
    }
}

/// <summary>One rate of the ramp: offered and answered score sheets per second, and their latencies.</summary>
public sealed record RampStep(
    double OfferedPerSecond, double AnsweredPerSecond, int Answered, int Failures, string LoadBefore, string LoadAfter, LatencySummary ScoreToHost, LatencySummary CommandRoundTrip);

/// <summary>The ramp's steps and the highest answered rate whose p99 stayed within the limit.</summary>
public sealed record RampResult(double LimitMilliseconds, double SustainedPerSecond, IReadOnlyList<RampStep> Steps, RunResult Sessions);
