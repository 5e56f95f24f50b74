using RemoteEvaluation.Domain.Committee;

namespace RemoteEvaluation.Domain.Draw;

/// <summary>
/// The seats a draw gives the session (抽取结果入席): the draw, not a person, seats them through
/// <see cref="Actors.Actor.Draw"/>, so nobody learns the committee before check-in (四不知).
/// </summary>
public static class DrawSeating
{
    /// <summary>The pool id of experts from the host's own province; fallback experts carry the linked pool's id.</summary>
    public const string HomePool = "home";

    /// <summary>Every confirmed expert in the order confirmed, once every line has its count; empty before that.</summary>
    public static IReadOnlyList<CommitteeMember> Committee(DrawState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.IsComplete
            ? [.. state.Invitations.Where(i => i.Status == InvitationStatus.Confirmed).Select(i => Member(state, i))]
            : [];
    }

    /// <summary>
    /// The replacement for a member the session asked to replace: the confirmed expert of the same line who is not yet
    /// on <paramref name="seated"/>, paired with a replaced expert of that line who still awaits a replacement.
    /// </summary>
    public static (string Replaces, CommitteeMember Replacement)? Replacement(DrawState state, string confirmedExpertId, IReadOnlyCollection<string> seated, IReadOnlyCollection<string> awaitingReplacement)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(seated);
        ArgumentNullException.ThrowIfNull(awaitingReplacement);
        var confirmed = state.Invitations.FirstOrDefault(i => i.ExpertId == confirmedExpertId && i.Status == InvitationStatus.Confirmed);
        if (confirmed is null || seated.Contains(confirmedExpertId))
        {
            return null;
        }

        var replaced = state.Invitations.FirstOrDefault(i => i.SlotIndex == confirmed.SlotIndex && i.Status == InvitationStatus.Replaced && awaitingReplacement.Contains(i.ExpertId));
        return replaced is null ? null : (replaced.ExpertId, Member(state, confirmed));
    }

    private static CommitteeMember Member(DrawState state, Invitation invitation)
    {
        var round = state.Rounds.LastOrDefault(r => r.Performed.Slots.Any(s => s.Order.Any(o => o.ExpertId == invitation.ExpertId)));
        var fallback = round?.Performed.Slots.SelectMany(s => s.Order).First(o => o.ExpertId == invitation.ExpertId).FromFallback ?? false;
        return new CommitteeMember(invitation.ExpertId, MemberKind.Expert, invitation.SiteId!, fallback ? round!.Performed.FallbackPoolId ?? HomePool : HomePool);
    }
}
