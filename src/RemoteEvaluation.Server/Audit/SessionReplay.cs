using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Chat;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Domain.Supervision;
using RemoteEvaluation.Domain.Visibility;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Server.Hubs;

namespace RemoteEvaluation.Server.Audit;

/// <summary>
/// Replay of a recorded session (事件回放) straight from the log: the timeline, and the session at any version as one
/// viewer may see it. The state is the domain's own <c>SessionDecider.Evolve</c> folded over what <c>EventVisibility</c>
/// lets the viewer see of events 1..N (shown as recorded, redacted copies, hidden ones skipped), so there is no second
/// state machine; for supervisors, auditors and coordinators that is every event as recorded.
/// </summary>
public sealed class SessionReplay(IEventStore store)
{
    /// <summary>Every recorded event of the session, for the scrubber; null when the session was never recorded.</summary>
    public async Task<SessionTimeline?> TimelineAsync(string sessionId, CancellationToken cancellationToken)
    {
        var events = new List<TimelineEntry>();
        await foreach (var stored in store.ReadStreamAsync(HubGroups.Stream(sessionId), 0, cancellationToken))
        {
            events.Add(EntryOf(stored));
        }

        return events.Count == 0 ? null : new SessionTimeline(sessionId, events[^1].Version, events);
    }

    /// <summary>
    /// The session as <paramref name="viewer"/> may see it at <paramref name="version"/>; null when that version was
    /// never recorded. The head version is read after the fold, so it is never below <paramref name="version"/>.
    /// </summary>
    public async Task<ReplayView?> AtAsync(string sessionId, long version, Actor viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var truth = SessionDecider.Initial; // visibility depends on the real state before each event
        var seen = SessionDecider.Initial;  // what the viewer sees, folded by the same Evolve
        var chat = new List<ChatMessagePosted>();
        var warnings = new List<WarningIssued>();
        TimelineEntry? at = null;
        await foreach (var stored in store.ReadStreamAsync(HubGroups.Stream(sessionId), 0, cancellationToken))
        {
            if (stored.Version > version)
            {
                break;
            }

            var e = SessionEventView.Decode(stored);
            if (Seen(EventVisibility.For(truth, e, viewer), e) is { } visible)
            {
                seen = SessionDecider.Evolve(seen, visible);
                if (visible is ChatMessagePosted message)
                {
                    chat.Add(message);
                }
                else if (visible is WarningIssued warning)
                {
                    warnings.Add(warning);
                }
            }

            truth = SessionDecider.Evolve(truth, e);
            at = EntryOf(stored);
        }

        if (at is null || at.Version != version)
        {
            return null;
        }

        var head = (await store.GetHeadAsync(HubGroups.Stream(sessionId), cancellationToken))?.Version ?? version;
        return new ReplayView(sessionId, version, Math.Max(head, version), at, ReplayState.Of(seen), chat, warnings);
    }

    /// <summary>What a viewer folds of a recorded event: the event, its redacted copy, or nothing.</summary>
    public static SessionEvent? Seen(Sight sight, SessionEvent recorded) => sight switch
    {
        Sight.ShownEvent => recorded,
        Sight.RedactedEvent redacted => redacted.Event,
        _ => null,
    };

    private static TimelineEntry EntryOf(StoredEvent stored)
    {
        var by = RecordedBy.Of(stored);
        return new TimelineEntry(stored.Version, stored.RecordedAt, stored.Type, by.ActorId, by.Role, by.SiteId);
    }
}

