namespace RemoteEvaluation.SessionSimulator;

/// <summary>The simulator's entry (模拟器): runs what the options ask and answers the results, one per measured run.</summary>
public static class Simulator
{
    /// <summary>Sessions mode: the relay baseline first when asked, then the real sessions, against the same node(s).</summary>
    public static async Task<IReadOnlyList<RunResult>> RunSessionsAsync(SimulatorOptions options, TextWriter log, CancellationToken ct)
    {
        List<RunResult> results = [];
        var connectionsPerSession = 1 + options.Experts;
        if (options.Relay)
        {
            results.Add(await LoadRunner.RunAsync(options, "relay", connectionsPerSession, (metrics, id) => new RelayBot(options, metrics, id), log, ct));
        }

        var errors = new ErrorCounts();
        using var api = new ServerApi(options.Url, errors);
        var staff = await StaffTokens.SignInAsync(api, options, ct);
        results.Add(await LoadRunner.RunAsync(
            options, "sessions", connectionsPerSession + options.Centres - 1, (metrics, id) => new SessionBot(options, api, staff, metrics, id), log, ct));
        return results;
    }
}
