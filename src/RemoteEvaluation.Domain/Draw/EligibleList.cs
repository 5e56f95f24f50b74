using System.Security.Cryptography;
using System.Text;

namespace RemoteEvaluation.Domain.Draw;

/// <summary>
/// The eligible-list snapshot of one draw round (合格专家名单快照): per slot, the candidates sorted by
/// expert id (ordinal), and the same for the linked pool when the home pool is short.
/// </summary>
public sealed record EligibleList(IReadOnlyList<IReadOnlyList<Candidate>> Primary, IReadOnlyList<IReadOnlyList<Candidate>> Fallback, string? FallbackPoolId)
{
    /// <summary>
    /// Filters the pool for each slot of <paramref name="request"/>. Experts in <paramref name="excluded"/>
    /// (already invited in an earlier round) are left out. The fallback pool is read only for a slot the home
    /// pool cannot fill.
    /// </summary>
    public static EligibleList Build(DrawRequest request, IReadOnlyList<PoolExpert> pool, FallbackPool? fallback, IReadOnlySet<string> excluded)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(excluded);
        var eligibility = new Eligibility(request);
        var primary = Filter(request, eligibility, pool, excluded);
        var needsFallback = fallback is not null && primary.Select((list, i) => list.Count < request.Slots[i].Count).Any(short_ => short_);
        var fromFallback = needsFallback
            ? Filter(request, eligibility, fallback!.Experts, excluded, primary.Select((list, i) => list.Count < request.Slots[i].Count).ToArray())
            : request.Slots.Select(_ => (IReadOnlyList<Candidate>)[]).ToList();
        return new EligibleList(primary, fromFallback, needsFallback ? fallback!.PoolId : null);
    }

    /// <summary>SHA-256 (hex) over the canonical text of the snapshot: one line per slot header and per candidate.</summary>
    public string Hash(DrawRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var line = new StringBuilder();
        for (var i = 0; i < Primary.Count; i++)
        {
            Append(hash, line.Clear().Append("slot ").Append(i).Append(' ').Append(request.Slots[i].SpecialtyCode).Append('\n'));
            foreach (var c in Primary[i])
            {
                Append(hash, line.Clear().Append(c.ExpertId).Append(' ').Append(c.Region.Value).Append('\n'));
            }

            Append(hash, line.Clear().Append("fallback ").Append(i).Append(' ').Append(FallbackPoolId ?? "-").Append('\n'));
            foreach (var c in Fallback[i])
            {
                Append(hash, line.Clear().Append(c.ExpertId).Append(' ').Append(c.Region.Value).Append('\n'));
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static List<IReadOnlyList<Candidate>> Filter(DrawRequest request, Eligibility eligibility, IReadOnlyList<PoolExpert> pool, IReadOnlySet<string> excluded, bool[]? onlySlots = null)
    {
        var sorted = IsSortedById(pool) ? pool : [.. pool.OrderBy(p => p.ExpertId, StringComparer.Ordinal)];
        var lists = request.Slots.Select(_ => new List<Candidate>()).ToList();
        foreach (var expert in sorted)
        {
            if (excluded.Contains(expert.ExpertId))
            {
                continue;
            }

            string? exclusion = null;
            var checkedOnce = false;
            for (var s = 0; s < lists.Count; s++)
            {
                if ((onlySlots is not null && !onlySlots[s]) || !Eligibility.Matches(expert.Record, request.Slots[s].SpecialtyCode))
                {
                    continue;
                }

                if (!checkedOnce)
                {
                    exclusion = eligibility.ExclusionOf(expert.Record);
                    checkedOnce = true;
                }

                if (exclusion is null)
                {
                    lists[s].Add(new Candidate(expert.ExpertId, expert.Record.Region));
                }
            }
        }

        return [.. lists];
    }

    private static bool IsSortedById(IReadOnlyList<PoolExpert> pool)
    {
        for (var i = 1; i < pool.Count; i++)
        {
            if (string.CompareOrdinal(pool[i - 1].ExpertId, pool[i].ExpertId) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    private static void Append(IncrementalHash hash, StringBuilder line) => hash.AppendData(Encoding.UTF8.GetBytes(line.ToString()));
}
