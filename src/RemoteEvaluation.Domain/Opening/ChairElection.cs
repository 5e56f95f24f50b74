using System.Collections.Immutable;

namespace RemoteEvaluation.Domain.Opening;

/// <summary>
/// Chair election (推选主任委员). Tie rule: among the candidates with the most votes, the one seated first
/// in the committee roster wins. The roster order is the order of the random, auditable draw, so this is
/// a lot that nobody could steer.
/// </summary>
public static class ChairElection
{
    public static (string ChairId, bool TieBroken) Winner(IReadOnlyDictionary<string, string> votes, IReadOnlyList<string> rosterOrder)
    {
        var counts = votes.Values.GroupBy(c => c).Select(g => (Candidate: g.Key, Votes: g.Count())).ToList();
        var most = counts.Max(c => c.Votes);
        var leaders = counts.Where(c => c.Votes == most).Select(c => c.Candidate).ToImmutableHashSet();
        var chair = rosterOrder.First(leaders.Contains);
        return (chair, leaders.Count > 1);
    }
}
