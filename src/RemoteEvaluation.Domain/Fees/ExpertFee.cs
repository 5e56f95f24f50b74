namespace RemoteEvaluation.Domain.Fees;

/// <summary>One expert's settled fee (专家劳务报酬): how long they served, which pool's rate applied, and the amount in yuan.</summary>
public sealed record ExpertFee(string PersonId, bool Remote, TimeSpan Duration, string RatePoolId, decimal Amount);
