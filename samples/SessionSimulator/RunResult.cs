namespace RemoteEvaluation.SessionSimulator;

/// <summary>What one run of N sessions measured (运行结果), as printed and written to JSON.</summary>
public sealed record RunResult(
    string Label,
    int Sessions,
    int SessionsFinished,
    int Connections,
    double SetupSeconds,
    double ScoringSeconds,
    double TotalSeconds,
    string LoadBefore,
    string LoadAfter,
    LatencySummary ScoreToHost,
    LatencySummary CommandRoundTrip,
    IReadOnlyDictionary<string, int> Errors,
    IReadOnlyList<string> Failures);
