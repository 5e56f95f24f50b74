using System.Globalization;

namespace RemoteEvaluation.Domain.Draw;

/// <summary>One candidate in a slot's drawn order; <see cref="FromFallback"/> when it came from the linked pool.</summary>
public sealed record DrawnCandidate(string ExpertId, Experts.RegionCode Region, bool FromFallback);

/// <summary>A slot's drawn order (抽取顺序): the first count are invited, the rest wait in order as reserves.</summary>
public sealed record SlotOrder(int SlotIndex, string SpecialtyCode, int Count, int EligibleCount, int FallbackCount, IReadOnlyList<DrawnCandidate> Order);

/// <summary>What one round of the algorithm produced from its inputs.</summary>
public sealed record DrawOutcome(string SnapshotHash, IReadOnlyList<SlotOrder> Slots, IReadOnlyList<SeatOffer> RemoteSites);

/// <summary>
/// The draw algorithm (抽取算法), a deterministic function of (eligible-list snapshot, request, seed):
/// <list type="number">
/// <item>When the request asks for random remote centres (双随机) and offers are given, the offers sorted by
/// site id are shuffled with stream label <c>sites</c> and the first k are kept; otherwise all offers are kept.</item>
/// <item>For slot i, its home candidates (sorted by id) are shuffled with label <c>slot:i</c> and the first
/// count + reserve kept; if that is fewer than the count, the linked pool's candidates for the slot are shuffled
/// with label <c>fallback:i</c> and appended.</item>
/// </list>
/// Every shuffle is <see cref="DrawStream.ShufflePrefix{T}"/> (HMAC-SHA-256 counter stream, Fisher–Yates, rejection sampling).
/// </summary>
public static class DrawAlgorithm
{
    public static DrawOutcome Run(DrawRequest request, EligibleList eligible, byte[] seed, IReadOnlyList<SeatOffer> offers)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(eligible);
        ArgumentNullException.ThrowIfNull(offers);
        var sites = ChooseSites(request, seed, offers);
        var slots = new List<SlotOrder>(request.Slots.Count);
        for (var i = 0; i < request.Slots.Count; i++)
        {
            var slot = request.Slots[i];
            var keep = slot.Count + request.Settings.ReservePerSlot;
            var home = eligible.Primary[i];
            using var stream = new DrawStream(seed, Label("slot", i));
            var order = stream.ShufflePrefix(home, keep).Select(c => new DrawnCandidate(c.ExpertId, c.Region, false)).ToList();
            var linked = eligible.Fallback[i];
            if (home.Count < slot.Count && linked.Count > 0)
            {
                using var fallback = new DrawStream(seed, Label("fallback", i));
                order.AddRange(fallback.ShufflePrefix(linked, keep - order.Count).Select(c => new DrawnCandidate(c.ExpertId, c.Region, true)));
            }

            slots.Add(new SlotOrder(i, slot.SpecialtyCode, slot.Count, home.Count, linked.Count, order));
        }

        return new DrawOutcome(eligible.Hash(request), slots, sites);
    }

    private static List<SeatOffer> ChooseSites(DrawRequest request, byte[] seed, IReadOnlyList<SeatOffer> offers)
    {
        var sorted = offers.OrderBy(o => o.SiteId, StringComparer.Ordinal).ToList();
        if (request.RandomRemoteSites is not { } k || sorted.Count == 0)
        {
            return sorted;
        }

        using var stream = new DrawStream(seed, "sites");
        return [.. stream.ShufflePrefix(sorted, k)];
    }

    private static string Label(string kind, int slot) => string.Create(CultureInfo.InvariantCulture, $"{kind}:{slot}");
}
