namespace RemoteEvaluation.Domain.Sessions;

/// <summary>Where a session is in its lifecycle (评标阶段).</summary>
public enum SessionPhase
{
    /// <summary>Nothing recorded yet.</summary>
    None = 0,

    /// <summary>Scheduled (已安排): project, host and time are known; remote centres may be linked.</summary>
    Scheduled = 1,
}
