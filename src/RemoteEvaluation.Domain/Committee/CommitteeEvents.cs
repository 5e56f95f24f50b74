using System.Collections.Immutable;
using RemoteEvaluation.Domain.Sessions;

namespace RemoteEvaluation.Domain.Committee;

/// <summary>The committee was seated (评标委员会组建), in draw order.</summary>
[EventType("committee.seated")]
public sealed record CommitteeSeated(ImmutableList<CommitteeMember> Members) : SessionEvent;

/// <summary>A replacement draw is needed (申请补抽) for an absent or conflicted member; the draw fulfils it.</summary>
[EventType("committee.replacement_requested")]
public sealed record ReplacementRequested(string PersonId, string SiteId, ReplacementReason Reason) : SessionEvent;

/// <summary>A replacement took the seat (补抽专家入席).</summary>
[EventType("committee.replacement_seated")]
public sealed record ReplacementSeated(string ReplacesPersonId, CommitteeMember Member) : SessionEvent;
