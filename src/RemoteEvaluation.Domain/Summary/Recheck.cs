namespace RemoteEvaluation.Domain.Summary;

/// <summary>
/// One change made in re-check (复核修正): which score (an objective item has no expert), from what to what,
/// on which ground and why. It is a new record; the original sheet is never edited.
/// </summary>
public sealed record Recheck(string? ExpertId, string BidderId, string ItemId, decimal OldScore, decimal NewScore, RecheckGround Ground, string Reason);
