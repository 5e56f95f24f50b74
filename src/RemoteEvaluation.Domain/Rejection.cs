namespace RemoteEvaluation.Domain;

/// <summary>
/// A refused command (拒绝): a stable, dotted code that the API, the UI and the tests share
/// (for example <c>session.wrong_phase</c>), and a message a person can act on.
/// Rejections are values, not exceptions: nothing is recorded when a command is rejected.
/// </summary>
public sealed record Rejection(string Code, string Message)
{
    public override string ToString() => $"{Code}: {Message}";
}
