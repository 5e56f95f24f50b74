using RemoteEvaluation.Domain.Draw;

namespace RemoteEvaluation.Server.Coordination;

/// <summary>One line of a draw: how many are asked for, eligible, confirmed and awaited.</summary>
public sealed record DrawSlotView(int SlotIndex, string SpecialtyCode, int Count, int? EligibleCount, int Confirmed, int Pending);

/// <summary>One candidate the draw reached and how it ended (sealed views leave these out).</summary>
public sealed record InvitationView(string ExpertId, int SlotIndex, string? SiteId, string Status, DateTimeOffset? Deadline, string? Reason);

/// <summary>
/// A draw's progress and result (抽取进度与结果). <see cref="Sealed"/> views (host staff before the reveal) show counts
/// only: no expert ids and no invitations (四不知: the host centre must not learn the committee before check-in).
/// </summary>
public sealed record DrawView(
    string DrawId,
    string SessionId,
    string HostSiteId,
    string Status,
    bool Sealed,
    int Rounds,
    IReadOnlyList<DrawSlotView> Slots,
    IReadOnlyList<int> ShortSlots,
    IReadOnlyList<string> RemoteSiteIds,
    string SecretCommitment,
    string? RevealedSecret,
    IReadOnlyList<InvitationView>? Invitations)
{
    public static DrawView Of(string drawId, DrawState state, IReadOnlyList<int> shortSlots, bool seal)
    {
        var request = state.Request!;
        var performed = state.Rounds.Count == 0 ? null : state.Rounds[0].Performed;
        var status = state.RevealedSecret is not null ? "revealed" : state.IsComplete ? "complete" : state.Rounds.IsEmpty ? "requested" : "drawing";
        var slots = request.Slots.Select((s, i) => new DrawSlotView(
            i, s.SpecialtyCode, s.Count, performed?.Slots.FirstOrDefault(p => p.SlotIndex == i)?.EligibleCount, state.Confirmed(i), state.Pending(i))).ToList();
        var invitations = seal ? null : state.Invitations
            .Select(i => new InvitationView(i.ExpertId, i.SlotIndex, i.SiteId, i.Status.ToString(), i.Deadline, i.Reason)).ToList();
        return new DrawView(
            drawId, request.SessionId, request.HostSiteId, status, seal, state.Rounds.Count, slots, shortSlots,
            [.. state.RemoteSites.Select(s => s.SiteId)], state.SecretCommitment!, state.RevealedSecret, invitations);
    }
}

/// <summary>The body of <c>POST /api/draws</c>: the draw's id (chosen by the caller, so a retry is harmless) and the request.</summary>
public sealed record RequestDrawBody(string? DrawId, DrawRequest? Request);

/// <summary>The body of <c>POST /api/draws/{id}/perform</c>: the value the supervisor present enters (监督员输入值).</summary>
public sealed record PerformDrawBody(string? SupervisorValue);

/// <summary>The body of the invitation answers: the token from the notice, and a reason when declining.</summary>
public sealed record InvitationAnswer(string? Token, string? Reason);
