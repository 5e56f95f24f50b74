namespace RemoteEvaluation.SessionSimulator;

/// <summary>What one run measures (一次运行的度量): the histograms and the errors by code.</summary>
public sealed class RunMetrics(string label)
{
    public string Label { get; } = label;

    /// <summary>From an expert's score send to the host connection receiving the event (or, on the relay, the message).</summary>
    public LatencyHistogram ScoreToHost { get; } = new("score-to-host");

    /// <summary>Every command's (or relay call's) send to its answer.</summary>
    public LatencyHistogram CommandRoundTrip { get; } = new("command round-trip");

    public ErrorCounts Errors { get; } = new();

    private int sessionsFinished;

    public int SessionsFinished => Volatile.Read(ref sessionsFinished);

    public void SessionFinished() => Interlocked.Increment(ref sessionsFinished);
}
