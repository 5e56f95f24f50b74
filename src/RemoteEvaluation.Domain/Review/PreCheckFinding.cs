namespace RemoteEvaluation.Domain.Review;

/// <summary>A finding of the pre-check (清标) shown to the committee; it informs the review and decides nothing.</summary>
public sealed record PreCheckFinding(string BidderId, string Finding);
