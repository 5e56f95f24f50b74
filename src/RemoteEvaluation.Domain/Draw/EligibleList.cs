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

    /// <summary>
    /// SHA-256 (hex) over the canonical text of the snapshot, UTF-8: for each slot i a line <c>slot i code</c>, one
    /// line <c>expertId region</c> per home candidate, a line <c>fallback i poolId</c> (<c>-</c> when none), then one
    /// line per linked-pool candidate; every line ends with <c>\n</c>.
    /// </summary>
    public string Hash(DrawRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var text = new SnapshotText();
        for (var i = 0; i < Primary.Count; i++)
        {
            text.Line("slot", i.ToString(System.Globalization.CultureInfo.InvariantCulture), request.Slots[i].SpecialtyCode);
            foreach (var c in Primary[i])
            {
                text.Line(c.Entry);
            }

            text.Line("fallback", i.ToString(System.Globalization.CultureInfo.InvariantCulture), FallbackPoolId ?? "-");
            foreach (var c in Fallback[i])
            {
                text.Line(c.Entry);
            }
        }

        return text.Finish();
    }

    private static List<IReadOnlyList<Candidate>> Filter(DrawRequest request, Eligibility eligibility, IReadOnlyList<PoolExpert> pool, IReadOnlySet<string> excluded, bool[]? onlySlots = null)
    {
        if (pool is SortedPool { Columns: { } columns, Positions: { } positions })
        {
            return FilterColumns(request, eligibility, columns, positions, excluded, onlySlots);
        }

        var sorted = pool is SortedPool || IsSortedById(pool) ? pool : [.. pool.OrderBy(p => p.ExpertId, StringComparer.Ordinal)];
        var lists = request.Slots.Select(_ => new List<Candidate>()).ToList();
        var keys = request.Slots.Select(s => SpecialtyKey.Requested(s.SpecialtyCode)).ToArray();
        for (var n = 0; n < sorted.Count; n++)
        {
            var expert = sorted[n];
            if (excluded.Count > 0 && excluded.Contains(expert.ExpertId))
            {
                continue;
            }

            string? exclusion = null;
            var checkedOnce = false;
            for (var s = 0; s < lists.Count; s++)
            {
                if ((onlySlots is not null && !onlySlots[s]) || !expert.Profile.Holds(keys[s]))
                {
                    continue;
                }

                if (!checkedOnce)
                {
                    exclusion = eligibility.ExclusionOf(expert.Profile);
                    checkedOnce = true;
                }

                if (exclusion is null)
                {
                    lists[s].Add(new Candidate(expert.ExpertId, expert.Record.Region) { Entry = expert.Profile.Entry });
                }
            }
        }

        return [.. lists];
    }

    // The same pass as Filter over the pool index's columns (struct of arrays): same order, same rules, same candidates.
    private static List<IReadOnlyList<Candidate>> FilterColumns(
        DrawRequest request, Eligibility eligibility, PoolColumns columns, int[] positions, IReadOnlySet<string> excluded, bool[]? onlySlots)
    {
        var lists = request.Slots.Select(_ => new List<Candidate>()).ToList();
        var keys = request.Slots.Select(s => SpecialtyKey.Requested(s.SpecialtyCode)).ToArray();
        var facts = columns.Facts;
        foreach (var p in positions)
        {
            if (excluded.Count > 0 && excluded.Contains(columns.Ids[p]))
            {
                continue;
            }

            string? exclusion = null;
            var checkedOnce = false;
            var at = columns.FactStart[p];
            for (var s = 0; s < lists.Count; s++)
            {
                if ((onlySlots is not null && !onlySlots[s]) || !DrawProfile.HoldsAt(facts, at, keys[s]))
                {
                    continue;
                }

                if (!checkedOnce)
                {
                    exclusion = eligibility.ExclusionAt(columns, p);
                    checkedOnce = true;
                }

                if (exclusion is null)
                {
                    lists[s].Add(new Candidate(columns.Ids[p], columns.Regions[p]) { Entry = columns.Entries[p] });
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
}
