using System.Collections.Immutable;

namespace RemoteEvaluation.Domain.Scoring;

/// <summary>Finds deviation alerts (偏离预警) among subjective scores.</summary>
public static class Deviations
{
    public static ImmutableList<DeviationFlag> Find(IReadOnlyCollection<ExpertScore> subjectiveScores, decimal fraction, int decimals) =>
        subjectiveScores
            .GroupBy(s => (s.BidderId, s.ItemId))
            .SelectMany(g =>
            {
                var mean = g.Average(s => s.Score);

                // Scores are never negative, so a zero mean means every score is zero: nothing deviates.
                return g.Where(s => mean > 0 && Math.Abs(s.Score - mean) > fraction * mean)
                    .Select(s => new DeviationFlag(s.ExpertId, s.BidderId, s.ItemId, s.Score, Aggregation.Round(mean, decimals)));
            })
            .OrderBy(f => f.BidderId, StringComparer.Ordinal)
            .ThenBy(f => f.ItemId, StringComparer.Ordinal)
            .ThenBy(f => f.ExpertId, StringComparer.Ordinal)
            .ToImmutableList();
}
