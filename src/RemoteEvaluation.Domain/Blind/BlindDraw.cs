using System.Collections.Immutable;

namespace RemoteEvaluation.Domain.Blind;

/// <summary>
/// Assigns each expert their own bid codes and their own review order (暗标错位评审), deterministically from a seed.
/// No two experts share an order while unused orders remain (there are n! orders of n bids).
/// </summary>
public static class BlindDraw
{
    private const string CodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private const int EnumerateUpTo = 7;

    public static ImmutableList<BlindAssignment> Assign(IReadOnlyList<string> expertIds, IReadOnlyList<string> bidderIds, long seed)
    {
        var random = new SplitMix64(unchecked((ulong)seed));
        var bidders = bidderIds.Order(StringComparer.Ordinal).ToList();
        var experts = expertIds.Order(StringComparer.Ordinal).ToList();
        var orders = DistinctOrders(bidders.Count, experts.Count, ref random);

        return [.. experts.Select((expert, i) => new BlindAssignment(expert, Codes(orders[i].Select(k => bidders[k]).ToList(), ref random)))];
    }

    private static ImmutableList<BlindCode> Codes(IReadOnlyList<string> orderedBidders, ref SplitMix64 random)
    {
        var used = new HashSet<string>();
        var codes = ImmutableList.CreateBuilder<BlindCode>();
        foreach (var bidder in orderedBidders)
        {
            string code;
            do
            {
                var chars = new char[4];
                for (var c = 0; c < chars.Length; c++)
                {
                    chars[c] = CodeAlphabet[random.Below(CodeAlphabet.Length)];
                }

                code = new string(chars);
            }
            while (!used.Add(code));

            codes.Add(new BlindCode(code, bidder));
        }

        return codes.ToImmutable();
    }

    private static List<int[]> DistinctOrders(int bids, int experts, ref SplitMix64 random)
    {
        var result = new List<int[]>(experts);
        if (bids <= EnumerateUpTo)
        {
            // Few bids: draw without replacement from all n! orders; start over only when every order is used.
            var pool = new List<int[]>();
            while (result.Count < experts)
            {
                if (pool.Count == 0)
                {
                    pool = Permutations(bids);
                }

                var k = random.Below(pool.Count);
                result.Add(pool[k]);
                pool.RemoveAt(k);
            }

            return result;
        }

        // Many bids: n! far exceeds any committee, so shuffling until the order is new ends quickly.
        var seen = new HashSet<string>();
        while (result.Count < experts)
        {
            var order = Enumerable.Range(0, bids).ToArray();
            for (var i = order.Length - 1; i > 0; i--)
            {
                var j = random.Below(i + 1);
                (order[i], order[j]) = (order[j], order[i]);
            }

            if (seen.Add(string.Join(',', order)))
            {
                result.Add(order);
            }
        }

        return result;
    }

    private static List<int[]> Permutations(int n)
    {
        var all = new List<int[]>();
        Permute(Enumerable.Range(0, n).ToArray(), 0, all);
        return all;
    }

    private static void Permute(int[] items, int k, List<int[]> into)
    {
        if (k == items.Length)
        {
            into.Add((int[])items.Clone());
            return;
        }

        for (var i = k; i < items.Length; i++)
        {
            (items[k], items[i]) = (items[i], items[k]);
            Permute(items, k + 1, into);
            (items[k], items[i]) = (items[i], items[k]);
        }
    }
}
