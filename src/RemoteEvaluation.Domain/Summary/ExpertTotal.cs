namespace RemoteEvaluation.Domain.Summary;

/// <summary>One member's total for one bid (专家个人打分合计), subjective items only, as shown in the score table.</summary>
public sealed record ExpertTotal(string ExpertId, string BidderId, decimal Total);
