using System.Collections.Immutable;
using RemoteEvaluation.Domain.Settings;

namespace RemoteEvaluation.Domain.Review;

/// <summary>How the members' verdicts become the committee's outcome (审查结论的形成).</summary>
public static class ReviewOutcomes
{
    /// <summary>The items on which members disagree, as (bidder, item) pairs.</summary>
    public static IEnumerable<(string BidderId, string ItemId)> Disagreements(IEnumerable<ReviewSubmission> submissions) =>
        submissions
            .SelectMany(s => s.Verdicts.Select(v => (s.BidderId, v.ItemId, v.Pass)))
            .GroupBy(x => (x.BidderId, x.ItemId))
            .Where(g => g.Select(x => x.Pass).Distinct().Count() > 1)
            .Select(g => g.Key)
            .OrderBy(k => k.BidderId, StringComparer.Ordinal)
            .ThenBy(k => k.ItemId, StringComparer.Ordinal);

    public static BidReviewOutcome For(string bidderId, IReadOnlyList<string> itemIds, IReadOnlyCollection<ReviewSubmission> submissions, ReviewOutcomeRule rule)
    {
        var mine = submissions.Where(s => s.BidderId == bidderId).ToList();
        var failures = ImmutableList.CreateBuilder<FailedItem>();
        foreach (var itemId in itemIds)
        {
            var verdicts = mine.Select(s => s.Verdicts.Single(v => v.ItemId == itemId)).ToList();
            var fails = verdicts.Where(v => !v.Pass).ToList();

            // Unanimous: the review only concludes when everyone agrees, so one fail means all failed.
            var failed = rule == ReviewOutcomeRule.Unanimous ? fails.Count > 0 : fails.Count * 2 > verdicts.Count;
            if (failed)
            {
                failures.Add(new FailedItem(itemId, [.. fails.Select(v => v.Reason ?? string.Empty)]));
            }
        }

        return new BidReviewOutcome(bidderId, failures.Count == 0, failures.ToImmutable());
    }
}
