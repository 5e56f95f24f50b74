using System.Collections.Immutable;
using RemoteEvaluation.Domain.Chat;
using RemoteEvaluation.Domain.Committee;
using RemoteEvaluation.Domain.Documents;
using RemoteEvaluation.Domain.Presence;
using RemoteEvaluation.Domain.Ranking;
using RemoteEvaluation.Domain.Review;
using RemoteEvaluation.Domain.Scoring;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Domain.Summary;
using RemoteEvaluation.Domain.Supervision;

namespace RemoteEvaluation.Server.Audit;

/// <summary>
/// A session as it was at one version (回放视图), as the caller's role may see it: the event at that version, the state
/// folded by the domain's <c>Evolve</c> over what the role sees of events 1..N, and the chat and warnings so far.
/// </summary>
public sealed record ReplayView(
    string SessionId,
    long Version,
    long HeadVersion,
    TimelineEntry Event,
    ReplayState State,
    IReadOnlyList<ChatMessagePosted> Chat,
    IReadOnlyList<WarningIssued> Warnings);

/// <summary>The parts of the folded <see cref="SessionState"/> a replay page shows (回放状态).</summary>
public sealed record ReplayState(
    SessionPhase Phase,
    bool Suspended,
    string? ProjectCode,
    string? ProjectName,
    string? HostSiteId,
    ImmutableList<string> RemoteSiteIds,
    DateTimeOffset? StartsAt,
    ImmutableList<MemberState> Members,
    string? ChairId,
    IReadOnlyList<Attendee> Connected,
    IReadOnlyList<string> SilentSites,
    DocumentView? OnScreen,
    ImmutableList<BidReviewOutcome>? ReviewOutcomes,
    ImmutableList<ScoreSheet> Sheets,
    ImmutableList<ObjectiveScore> ObjectiveScores,
    SummaryTable? Summary,
    ImmutableList<Recheck> Rechecks,
    RankingResult? Ranking)
{
    /// <summary>What a replay page shows of <paramref name="s"/>; connections in the order they were made.</summary>
    public static ReplayState Of(SessionState s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(
            s.Phase,
            s.IsSuspended,
            s.ProjectCode,
            s.ProjectName,
            s.HostSiteId,
            s.RemoteSiteIds,
            s.StartsAt,
            s.Members,
            s.ChairId,
            [.. s.Presence.Connections.OrderBy(c => c.Value.Since).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Value)],
            [.. s.Presence.SilentSites.Keys.Order(StringComparer.Ordinal)],
            s.OnScreen,
            s.ReviewOutcomes,
            s.Sheets,
            s.ObjectiveScores,
            s.Summary,
            s.Rechecks,
            s.Ranking);
    }
}
