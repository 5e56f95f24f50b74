namespace RemoteEvaluation.Domain.Scoring;

/// <summary>One pass/fail item of the qualification and compliance review (资格审查、符合性审查条款).</summary>
public sealed record QualificationItem(string Id, string Name);
