namespace RemoteEvaluation.SessionSimulator;

/// <summary>The command line: runs the mode asked, prints the histograms, writes JSON when asked; exits 1 if a session failed.</summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        SimulatorOptions options;
        try
        {
            options = SimulatorOptions.Parse(args);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or UriFormatException)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(SimulatorOptions.Usage);
            return 2;
        }

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        object output;
        bool complete;
        switch (options.Mode)
        {
            case SimulatorMode.Memory:
                var memory = await MemoryRun.RunAsync(options, Console.Out, cancel.Token);
                Console.Write(MemoryRun.Text(memory));
                output = memory;
                complete = memory.Sessions.Failures.Count == 0;
                break;
            case SimulatorMode.Ramp:
                var ramp = await RampRun.RunAsync(options, Console.Out, cancel.Token);
                Console.Write(RampRun.Text(ramp));
                output = ramp;
                complete = ramp.Steps.Count > 0;
                break;
            default:
                var results = await Simulator.RunSessionsAsync(options, Console.Out, cancel.Token);
                foreach (var result in results)
                {
                    Console.Write(Report.Text(result));
                }

                output = results;
                complete = results.All(r => r.SessionsFinished == r.Sessions);
                break;
        }

        if (options.JsonOutput is { } path)
        {
            await File.WriteAllTextAsync(path, Report.ToJson(output));
        }

        return complete ? 0 : 1;
    }
}
