namespace RemoteEvaluation.Domain.Scoring;

/// <summary>A bid as opened (投标文件): the bidder, its price (投标报价, yuan) and its credit score input (信用分), if the criteria use one.</summary>
public sealed record Bid(string BidderId, string BidderName, decimal Price, decimal? CreditScore = null);
