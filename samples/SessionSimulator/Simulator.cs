namespace RemoteEvaluation.SessionSimulator;

/// <summary>The simulator's entry (模拟器): runs what the options ask and answers the results, one per measured run.</summary>
public static class Simulator
{
    /// <summary>Sessions mode: the relay baselines first when asked (to the whole session, then to the host only), then the real sessions, against the same node(s).</summary>
    public static async Task<IReadOnlyList<RunResult>> RunSessionsAsync(SimulatorOptions options, TextWriter log, CancellationToken ct)
    {
        List<RunResult> results = [];
        if (options.Relay)
        {
            foreach (var (label, reach) in new[] { ("relay", RelayReach.Session), ("relay-host", RelayReach.Host) })
            {
                results.Add(await LoadRunner.RunAsync(
                    options, label, RelayBot.ConnectionsPerSession(options, reach), (metrics, id) => new RelayBot(options, metrics, id, reach), log, ct));
            }
        }

        var errors = new ErrorCounts();
        using var api = new ServerApi(options.Url, errors);
        var staff = await StaffTokens.SignInAsync(api, options, ct);
        results.Add(await LoadRunner.RunAsync(
            options, "sessions", options.Experts + options.Centres, (metrics, id) => new SessionBot(options, api, staff, metrics, id), log, ct));
        return results;
    }
}
