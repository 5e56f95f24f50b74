namespace RemoteEvaluation.Domain.Scoring;

/// <summary>
/// A deviation alert (偏离预警): a member's score more than the set fraction away from the item mean.
/// The member must explain it in writing before the summary can be accepted.
/// </summary>
public sealed record DeviationFlag(string ExpertId, string BidderId, string ItemId, decimal Score, decimal ItemMean);
