namespace RemoteEvaluation.Domain.Draw;

/// <summary>What the draw does next for a slot: invite a candidate at a centre, or pass one over and say why.</summary>
public abstract record DrawStep(string ExpertId, int SlotIndex);

/// <summary>Notify this candidate; the seat is at <paramref name="SiteId"/>.</summary>
public sealed record InviteStep(string ExpertId, int SlotIndex, string SiteId) : DrawStep(ExpertId, SlotIndex);

/// <summary>Pass this candidate over for <paramref name="Reason"/>.</summary>
public sealed record SkipStep(string ExpertId, int SlotIndex, string Reason) : DrawStep(ExpertId, SlotIndex);

/// <summary>
/// How a draw moves on (顺延): for each slot still short of confirmed plus pending experts, the next candidate
/// in drawn order (rounds in order) whom the draw has not reached in any slot, so nobody is invited twice.
/// </summary>
public static class DrawProgress
{
    /// <summary>The reason recorded when no linked centre near the candidate's home has a seat left.</summary>
    public const string NoSeatNearHome = "draw.no_seat_near_home";

    public static DrawStep? Next(DrawState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Request is null || state.Rounds.IsEmpty || state.RevealedSecret is not null)
        {
            return null;
        }

        var reached = state.Invitations.Select(i => i.ExpertId).ToHashSet(StringComparer.Ordinal);
        var taken = state.Invitations
            .Where(i => i.SiteId is not null && i.Status is InvitationStatus.Pending or InvitationStatus.Confirmed)
            .GroupBy(i => i.SiteId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        for (var slot = 0; slot < state.Request.Slots.Count; slot++)
        {
            if (Needed(state, slot) <= 0)
            {
                continue;
            }

            var next = state.Rounds.SelectMany(r => r.Performed.Slots[slot].Order).FirstOrDefault(c => !reached.Contains(c.ExpertId));
            if (next is null)
            {
                continue;
            }

            var site = Placement.Choose(new Candidate(next.ExpertId, next.Region), state.RemoteSites, taken, state.Request.Settings.MaxPlacementDistance);
            return site is null ? new SkipStep(next.ExpertId, slot, NoSeatNearHome) : new InviteStep(next.ExpertId, slot, site);
        }

        return null;
    }

    /// <summary>How many more experts a slot needs beyond those confirmed and those still deciding.</summary>
    public static int Needed(DrawState state, int slot)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.Request is null ? 0 : state.Request.Slots[slot].Count - state.Confirmed(slot) - state.Pending(slot);
    }

    /// <summary>Slots that need more experts but whose drawn orders are used up: a replacement round (补抽) is due.</summary>
    public static IReadOnlyList<int> ShortSlots(DrawState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Request is null || state.Rounds.IsEmpty || Next(state) is not null)
        {
            return [];
        }

        return [.. Enumerable.Range(0, state.Request.Slots.Count).Where(s => Needed(state, s) > 0)];
    }
}
