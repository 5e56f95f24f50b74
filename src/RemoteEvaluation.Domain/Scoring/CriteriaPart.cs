using System.Collections.Immutable;

namespace RemoteEvaluation.Domain.Scoring;

/// <summary>A part of the criteria (评分部分) whose weight is its maximum: the sum of its items' maxima.</summary>
public sealed record CriteriaPart(PartKind Kind, string Name, ImmutableList<CriteriaItem> Items)
{
    public decimal Maximum => Items.Sum(i => i.Maximum);

    /// <summary>Whether members fill a score sheet for this part (it has a subjective item).</summary>
    public bool IsScoredByMembers => Items.Any(i => !i.IsObjective);
}
