using RemoteEvaluation.Domain.Experts;

namespace RemoteEvaluation.Domain.Draw;

/// <summary>
/// The expert pool sorted by id with an index by (province, first-level specialty class) (专家库索引), so that a
/// draw reads only the experts who can match its request instead of the whole pool. Built once per change of
/// the pool by the read model; selecting is linear in the pool size with a tiny constant (a mark per expert).
/// </summary>
public sealed class PoolIndex
{
    private readonly PoolExpert[] sorted;
    private readonly PoolColumns columns;
    private readonly Dictionary<(string Province, string Class), List<int>> positions = [];

    public PoolIndex(IEnumerable<PoolExpert> experts)
    {
        sorted = [.. experts.OrderBy(e => e.ExpertId, StringComparer.Ordinal)];
        columns = new PoolColumns(sorted);
        for (var i = 0; i < sorted.Length; i++)
        {
            var record = sorted[i].Record;
            var province = record.Region.Value is null ? string.Empty : record.Region.Province.Value;
            foreach (var specialty in record.Specialties.Select(SpecialtyCode.ClassOf).Distinct(StringComparer.Ordinal))
            {
                if (!positions.TryGetValue((province, specialty), out var list))
                {
                    positions[(province, specialty)] = list = [];
                }

                list.Add(i);
            }
        }
    }

    /// <summary>Every expert, sorted by id.</summary>
    public IReadOnlyList<PoolExpert> All => new SortedPool(sorted);

    /// <summary>
    /// The experts (sorted by id) holding a specialty in the class of any of <paramref name="specialtyCodes"/>, whose
    /// home province passes <paramref name="inProvince"/>. The draw's own rules still decide who matches exactly.
    /// </summary>
    public IReadOnlyList<PoolExpert> Select(IEnumerable<string> specialtyCodes, Func<string, bool> inProvince)
    {
        ArgumentNullException.ThrowIfNull(specialtyCodes);
        ArgumentNullException.ThrowIfNull(inProvince);
        var classes = specialtyCodes.Select(SpecialtyCode.ClassOf).ToHashSet(StringComparer.Ordinal);
        var mark = new bool[sorted.Length];
        var count = 0;
        foreach (var ((province, specialty), list) in positions)
        {
            if (!classes.Contains(specialty) || !inProvince(province))
            {
                continue;
            }

            foreach (var i in list)
            {
                count += mark[i] ? 0 : 1;
                mark[i] = true;
            }
        }

        var selected = new PoolExpert[count];
        var at = new int[count];
        for (int i = 0, j = 0; i < mark.Length; i++)
        {
            if (mark[i])
            {
                at[j] = i;
                selected[j++] = sorted[i];
            }
        }

        return new SortedPool(selected, columns, at);
    }
}

/// <summary>
/// Experts already sorted by id (ordinal), so the draw need not check the order again; a selection from the index
/// also carries the index's columns and its positions there, for the eligibility pass.
/// </summary>
internal sealed class SortedPool(PoolExpert[] experts, PoolColumns? columns = null, int[]? positions = null) : IReadOnlyList<PoolExpert>
{
    public PoolColumns? Columns => columns;

    /// <summary>Position in <see cref="Columns"/> of each expert, in order.</summary>
    public int[]? Positions => positions;

    public int Count => experts.Length;

    public PoolExpert this[int index] => experts[index];

    public IEnumerator<PoolExpert> GetEnumerator() => ((IEnumerable<PoolExpert>)experts).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

