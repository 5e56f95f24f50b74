namespace RemoteEvaluation.SessionSimulator;

/// <summary>One simulated session's load in three steps, so every session scores at the same time (the scoring gate).</summary>
internal interface ISessionLoad
{
    Task PrepareAsync(CancellationToken ct);

    Task ScoreAsync(CancellationToken ct);

    Task FinishAsync(CancellationToken ct);

    Task DisposeAsync();
}
