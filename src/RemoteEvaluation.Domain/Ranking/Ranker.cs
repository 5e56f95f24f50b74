using System.Collections.Immutable;
using RemoteEvaluation.Domain.Scoring;
using RemoteEvaluation.Domain.Summary;

namespace RemoteEvaluation.Domain.Ranking;

/// <summary>
/// Ranks the valid bids (推荐中标候选人排序).
/// <list type="bullet">
/// <item>Evaluated lowest price: lower evaluated price, then lower bid price, then the tenderer's recorded decision.</item>
/// <item>Comprehensive: higher total, then higher technical score, then lower bid price, then the tenderer's recorded decision.</item>
/// </list>
/// Bids still tied after all keys are listed by bidder id only so the output is deterministic; such a tie is
/// reported as unresolved when it touches the candidates, and the summary cannot be accepted until it is decided.
/// </summary>
public static class Ranker
{
    public static RankingResult Rank(EvaluationMethod method, IReadOnlyCollection<BidSummary> bids, IReadOnlyList<string> tendererOrder, int maxCandidates, bool separateEvaluationAndAward)
    {
        var keyed = bids
            .Select(b => (Bid: b, Key: Key(method, b, tendererOrder)))
            .OrderBy(x => x.Key)
            .ThenBy(x => x.Bid.BidderId, StringComparer.Ordinal)
            .ToList();

        var order = keyed.Select(x => x.Bid.BidderId).ToImmutableList();
        var ties = ImmutableList.CreateBuilder<ImmutableList<string>>();
        var position = 0;
        foreach (var group in keyed.GroupBy(x => x.Key))
        {
            var size = group.Count();
            var touchesCandidates = position < maxCandidates;
            var straddlesCut = position + size > maxCandidates;

            // With 评定分离 the candidates are unranked, so only a tie across the cut matters.
            if (size > 1 && touchesCandidates && (!separateEvaluationAndAward || straddlesCut))
            {
                ties.Add([.. group.Select(x => x.Bid.BidderId)]);
            }

            position += size;
        }

        var candidates = keyed.Take(maxCandidates)
            .Select((x, i) => new RankedCandidate(x.Bid.BidderId, separateEvaluationAndAward ? null : i + 1, x.Bid.Total, x.Bid.EvaluatedPrice));
        if (separateEvaluationAndAward)
        {
            candidates = candidates.OrderBy(c => c.BidderId, StringComparer.Ordinal);
        }

        return new RankingResult(order, [.. candidates], ties.ToImmutable());
    }

    private static (decimal, decimal, decimal, int) Key(EvaluationMethod method, BidSummary b, IReadOnlyList<string> tendererOrder)
    {
        var decided = tendererOrder.ToList().IndexOf(b.BidderId);
        var tenderer = decided < 0 ? int.MaxValue : decided;
        return method == EvaluationMethod.EvaluatedLowestPrice
            ? (b.EvaluatedPrice ?? b.BidPrice, b.BidPrice, 0m, tenderer)
            : (-b.Total, -b.Technical, b.BidPrice, tenderer);
    }
}
