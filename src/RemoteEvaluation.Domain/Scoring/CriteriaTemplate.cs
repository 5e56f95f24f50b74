using System.Collections.Immutable;

namespace RemoteEvaluation.Domain.Scoring;

/// <summary>
/// The criteria of a tender (评标办法及评分标准) as data: the method, the pass/fail review items,
/// the scored parts and, for comprehensive scoring, the price formula. Samples live in <c>samples/criteria/</c>.
/// </summary>
public sealed record CriteriaTemplate(
    string Id,
    string Name,
    EvaluationMethod Method,
    ImmutableList<QualificationItem> QualificationItems,
    ImmutableList<CriteriaPart> Parts,
    PriceFormula? PriceFormula = null)
{
    public IEnumerable<CriteriaItem> Items => Parts.SelectMany(p => p.Items);

    public IEnumerable<CriteriaPart> ScoredParts => Parts.Where(p => p.IsScoredByMembers);

    public CriteriaItem? Item(string itemId) => Items.FirstOrDefault(i => i.Id == itemId);

    public PartKind? PartOf(string itemId) => Parts.FirstOrDefault(p => p.Items.Any(i => i.Id == itemId))?.Kind;

    public CriteriaPart? Part(PartKind kind) => Parts.FirstOrDefault(p => p.Kind == kind);
}
