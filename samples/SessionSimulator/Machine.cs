namespace RemoteEvaluation.SessionSimulator;

/// <summary>The load average (1, 5, 15 minutes) from <c>/proc/loadavg</c>, reported beside every figure; empty elsewhere.</summary>
public static class Machine
{
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : string.Empty;
}
