namespace RemoteEvaluation.Domain.Draw;

/// <summary>Something recorded in an expert draw (抽取事件).</summary>
public abstract record DrawEvent;

[EventType("draw.requested")]
public sealed record DrawRequested(DrawRequest Request, string SecretCommitment) : DrawEvent;

/// <summary>A part of a round's eligible-list snapshot (名单快照), each entry "expertId regionCode", recorded so the draw can be re-run from the log.</summary>
[EventType("draw.eligible_list_recorded")]
public sealed record EligibleListRecorded(int Round, int SlotIndex, bool Fallback, int Part, IReadOnlyList<string> Entries) : DrawEvent;

/// <summary>A round was drawn (已抽取): the supervisor's value, the snapshot hash, the drawn orders and the remote centres.</summary>
[EventType("draw.performed")]
public sealed record DrawPerformed(
    int Round,
    string SupervisorValue,
    string SnapshotHash,
    string? FallbackPoolId,
    IReadOnlyList<SeatOffer> SeatOffers,
    IReadOnlyList<SlotOrder> Slots,
    IReadOnlyList<SeatOffer> RemoteSites) : DrawEvent;

/// <summary>The home pool could not fill a slot and the linked pool was used (跨库补充).</summary>
[EventType("draw.fell_back")]
public sealed record DrawFellBack(int Round, int SlotIndex, string PoolId, int HomeCount, int Needed) : DrawEvent;

[EventType("draw.invitation_sent")]
public sealed record InvitationSent(string ExpertId, int SlotIndex, string SiteId, string TokenHash, DateTimeOffset Deadline) : DrawEvent;

[EventType("draw.notification_failed")]
public sealed record NotificationFailed(string ExpertId, int SlotIndex, string Reason, string? SiteId = null) : DrawEvent;

[EventType("draw.candidate_skipped")]
public sealed record CandidateSkipped(string ExpertId, int SlotIndex, string Reason) : DrawEvent;

[EventType("draw.invitation_confirmed")]
public sealed record InvitationConfirmed(string ExpertId) : DrawEvent;

[EventType("draw.invitation_declined")]
public sealed record InvitationDeclined(string ExpertId, string Reason) : DrawEvent;

[EventType("draw.invitation_expired")]
public sealed record InvitationExpired(string ExpertId) : DrawEvent;

[EventType("draw.expert_replaced")]
public sealed record ExpertReplaced(string ExpertId, string Reason) : DrawEvent;

[EventType("draw.secret_revealed")]
public sealed record SecretRevealed(string Secret) : DrawEvent;
