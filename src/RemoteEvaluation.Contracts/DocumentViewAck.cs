namespace RemoteEvaluation.Contracts;

/// <summary>
/// The answer to <c>ShowDocument</c> (文档同步): the position passed the rules against the session at
/// <see cref="CheckedAtVersion"/> and is on its way to the log. It is recorded as <c>document.shown</c> unless a later
/// position from the presenter replaces it first (only the latest of a burst is recorded); followers see it pushed.
/// </summary>
public sealed record DocumentViewAck(long CheckedAtVersion);
