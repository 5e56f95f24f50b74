using System.Collections.Immutable;

namespace RemoteEvaluation.Domain.Blind;

/// <summary>One expert's codes for the technical bids, in the order that expert reviews them (错位评审顺序).</summary>
public sealed record BlindAssignment(string ExpertId, ImmutableList<BlindCode> Codes)
{
    public string? BidderOf(string code) => Codes.FirstOrDefault(c => c.Code == code)?.BidderId;

    public string? CodeOf(string bidderId) => Codes.FirstOrDefault(c => c.BidderId == bidderId)?.Code;
}
