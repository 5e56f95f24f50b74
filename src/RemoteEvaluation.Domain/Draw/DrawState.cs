using System.Collections.Immutable;

namespace RemoteEvaluation.Domain.Draw;

/// <summary>Where an invited or passed-over candidate stands.</summary>
public enum InvitationStatus
{
    /// <summary>Notified; the answer is awaited until the deadline.</summary>
    Pending = 1,

    /// <summary>Confirmed (已确认): sits on the committee.</summary>
    Confirmed = 2,

    /// <summary>Declined (拒绝).</summary>
    Declined = 3,

    /// <summary>No answer in time (超时).</summary>
    Expired = 4,

    /// <summary>The notification could not be delivered.</summary>
    NotificationFailed = 5,

    /// <summary>Passed over: no free seat at a linked centre.</summary>
    Skipped = 6,

    /// <summary>Confirmed, then replaced at the session's request (替换).</summary>
    Replaced = 7,
}

/// <summary>One candidate the draw reached in order: the slot, the seat, and how it ended.</summary>
public sealed record Invitation(string ExpertId, int SlotIndex, string? SiteId, string? TokenHash, DateTimeOffset? Deadline, InvitationStatus Status, string? Reason);

/// <summary>One recorded round: the performed event and its eligible-list snapshot.</summary>
public sealed record DrawRound(DrawPerformed Performed, ImmutableList<EligibleListRecorded> Snapshot);

/// <summary>An expert draw (专家抽取), folded from its events.</summary>
public sealed record DrawState
{
    public static readonly DrawState Empty = new();

    public DrawRequest? Request { get; init; }

    public string? SecretCommitment { get; init; }

    public ImmutableList<EligibleListRecorded> PendingSnapshot { get; init; } = [];

    public ImmutableList<DrawRound> Rounds { get; init; } = [];

    public ImmutableList<DrawFellBack> FallBacks { get; init; } = [];

    /// <summary>Everyone the draw reached, in the order reached.</summary>
    public ImmutableList<Invitation> Invitations { get; init; } = [];

    public string? RevealedSecret { get; init; }

    /// <summary>The remote centres chosen in the first round.</summary>
    public IReadOnlyList<SeatOffer> RemoteSites => Rounds.Count == 0 ? [] : Rounds[0].Performed.RemoteSites;

    public int Confirmed(int slot) => Invitations.Count(i => i.SlotIndex == slot && i.Status == InvitationStatus.Confirmed);

    public int Pending(int slot) => Invitations.Count(i => i.SlotIndex == slot && i.Status == InvitationStatus.Pending);

    /// <summary>Whether every slot has its count of confirmed experts (抽取完成).</summary>
    public bool IsComplete => Request is not null && Rounds.Count > 0 && Request.Slots.Select((s, i) => Confirmed(i) >= s.Count).All(x => x);
}
