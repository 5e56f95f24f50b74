using System.Collections.Immutable;

namespace RemoteEvaluation.Domain.Ranking;

/// <summary>
/// The ranking (排序): every valid bid in order, the recommended candidates, and the ties that the rules
/// could not break and that matter for the candidates (they need the tenderer's decision).
/// </summary>
public sealed record RankingResult(
    ImmutableList<string> Order,
    ImmutableList<RankedCandidate> Candidates,
    ImmutableList<ImmutableList<string>> UnresolvedTies)
{
    public bool HasUnresolvedTies => !UnresolvedTies.IsEmpty;
}
