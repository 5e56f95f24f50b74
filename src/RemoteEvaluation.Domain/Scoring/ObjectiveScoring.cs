using System.Collections.Immutable;

namespace RemoteEvaluation.Domain.Scoring;

/// <summary>Computes the objective items (客观分) of every valid bid: the price formula and the credit input.</summary>
public static class ObjectiveScoring
{
    public static ImmutableList<ObjectiveScore> Compute(CriteriaTemplate criteria, IReadOnlyList<Bid> validBids, int decimals)
    {
        var prices = validBids.Select(b => b.Price).ToList();
        var scores = ImmutableList.CreateBuilder<ObjectiveScore>();
        foreach (var bid in validBids.OrderBy(b => b.BidderId, StringComparer.Ordinal))
        {
            foreach (var item in criteria.Items.Where(i => i.IsObjective))
            {
                var score = item.Kind == ItemKind.PriceFormula
                    ? criteria.PriceFormula!.Score(item.Maximum, bid.Price, prices, decimals)
                    : Math.Round(bid.CreditScore ?? 0m, decimals, MidpointRounding.AwayFromZero);
                scores.Add(new ObjectiveScore(bid.BidderId, item.Id, score));
            }
        }

        return scores.ToImmutable();
    }

    /// <summary>The first bid whose credit input is missing or outside the credit item's range, if the criteria have one.</summary>
    public static Bid? InvalidCreditInput(CriteriaTemplate criteria, IEnumerable<Bid> validBids)
    {
        var credit = criteria.Items.FirstOrDefault(i => i.Kind == ItemKind.CreditScore);
        return credit is null ? null : validBids.FirstOrDefault(b => b.CreditScore is null || b.CreditScore < 0 || b.CreditScore > credit.Maximum);
    }
}
