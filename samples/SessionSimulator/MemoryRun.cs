using System.Globalization;
using System.Text;
using RemoteEvaluation.Client;

namespace RemoteEvaluation.SessionSimulator;

/// <summary>
/// Memory per connection and per active session (内存占用): the node's GC heap and working set read before, after C idle
/// connections (signed-in staff, not in a session), and after N sessions are open and joined up to scoring.
/// </summary>
internal static class MemoryRun
{
    public static async Task<MemoryResult> RunAsync(SimulatorOptions options, TextWriter log, CancellationToken ct)
    {
        var errors = new ErrorCounts();
        using var api = new ServerApi(options.Url, errors);
        var staff = await StaffTokens.SignInAsync(api, options, ct);
        var before = await api.ReadMemoryAsync(ct);
        List<HubConnection> idle = [];
        using var gate = new SemaphoreSlim(32);
        await Task.WhenAll(Enumerable.Range(0, options.Connections).Select(async _ =>
        {
            await gate.WaitAsync(ct);
            try
            {
                var token = staff.HostToken;
                var connection = new HubConnection(new HubConnectionOptions { Url = options.HubUrl(host: false, "/hubs/evaluation"), AccessTokenProvider = _ => ValueTask.FromResult<string?>(token) });
                await connection.StartAsync(ct);
                lock (idle)
                {
                    idle.Add(connection);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                errors.Add("hub.connect_failed");
            }
            finally
            {
                gate.Release();
            }
        }));
        var connected = await api.ReadMemoryAsync(ct);
        log.WriteLine($"memory: {idle.Count} idle connections open");

        MemoryReading? active = null;
        var sessions = await LoadRunner.RunAsync(
            options,
            "memory",
            1 + options.Experts + options.Centres - 1,
            (metrics, id) => new SessionBot(options, api, staff, metrics, id),
            log,
            ct,
            async _ => active = await api.ReadMemoryAsync(ct));

        foreach (var connection in idle)
        {
            await connection.DisposeAsync();
        }

        return new MemoryResult(idle.Count, options.Sessions, before, connected, active ?? connected, Machine.LoadAverage(), errors.Snapshot(), sessions);
    }

    public static string Text(MemoryResult m)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(c, $"== memory: {m.Connections} idle connections, then {m.ActiveSessions} active sessions; load {m.Load}");
        text.AppendLine(c, $"   GC heap     {Mib(m.Before.GcHeapBytes)} -> {Mib(m.AfterConnections.GcHeapBytes)} -> {Mib(m.AfterSessions.GcHeapBytes)}");
        text.AppendLine(c, $"   working set {Mib(m.Before.WorkingSetBytes)} -> {Mib(m.AfterConnections.WorkingSetBytes)} -> {Mib(m.AfterSessions.WorkingSetBytes)}");
        text.AppendLine(c, $"   per connection: GC heap {m.GcHeapPerConnection / 1024:F1} KiB, working set {m.WorkingSetPerConnection / 1024:F1} KiB");
        text.AppendLine(c, $"   per active session: GC heap {m.GcHeapPerSession / 1024:F1} KiB, working set {m.WorkingSetPerSession / 1024:F1} KiB");
        text.Append(Report.Text(m.Sessions));
        return text.ToString();
    }

    private static string Mib(long bytes) => (bytes / 1048576.0).ToString("F1", CultureInfo.InvariantCulture) + " MiB";
}

/// <summary>The three memory readings and what they come to per connection and per active session.</summary>
public sealed record MemoryResult(
    int Connections,
    int ActiveSessions,
    MemoryReading Before,
    MemoryReading AfterConnections,
    MemoryReading AfterSessions,
    string Load,
    IReadOnlyDictionary<string, int> Errors,
    RunResult Sessions)
{
    public double GcHeapPerConnection => Connections == 0 ? double.NaN : (AfterConnections.GcHeapBytes - Before.GcHeapBytes) / (double)Connections;

    public double WorkingSetPerConnection => Connections == 0 ? double.NaN : (AfterConnections.WorkingSetBytes - Before.WorkingSetBytes) / (double)Connections;

    public double GcHeapPerSession => (AfterSessions.GcHeapBytes - AfterConnections.GcHeapBytes) / (double)ActiveSessions;

    public double WorkingSetPerSession => (AfterSessions.WorkingSetBytes - AfterConnections.WorkingSetBytes) / (double)ActiveSessions;
}
