namespace RemoteEvaluation.Domain.Scoring;

/// <summary>
/// One scoring item (评分因素): its maximum and step. For the evaluated lowest price method
/// the "score" of an item is a price adjustment in yuan and the maximum is the largest adjustment.
/// </summary>
public sealed record CriteriaItem(string Id, string Name, decimal Maximum, decimal Step, ItemKind Kind = ItemKind.Subjective)
{
    public bool IsObjective => Kind != ItemKind.Subjective;

    public bool IsOnStep(decimal score) => Step > 0 && decimal.Remainder(score, Step) == 0;
}
