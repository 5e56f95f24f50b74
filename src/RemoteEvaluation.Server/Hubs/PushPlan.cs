using RemoteEvaluation.Contracts;
using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Domain.Visibility;
using RemoteEvaluation.Grains.Persistence;

namespace RemoteEvaluation.Server.Hubs;

/// <summary>
/// Which groups get which envelope of one event (推送计划). Audiences that may see the event alike share one envelope and
/// one send, which SignalR serialises once: a score sheet is one placeholder for every other member, where a send per
/// audience serialised the same bytes a dozen times. The host centre's staff are sent to first; they watch progress.
/// </summary>
public static class PushPlan
{
    /// <summary>
    /// The sends for <paramref name="e"/> (<paramref name="stored"/> decoded), given the state before it, to the
    /// <paramref name="audiences"/> joined here, each with its group name (named once, when it joined, not per event).
    /// </summary>
    public static List<(EventEnvelope Envelope, List<string> Groups)> For(
        SessionState before, StoredEvent stored, SessionEvent e, IReadOnlyList<(Audience Audience, string Group)> audiences)
    {
        EventEnvelope? shown = null;
        EventEnvelope? hidden = null;
        var plan = new List<(EventEnvelope Envelope, List<string> Groups)>(2);
        var hostSend = -1;
        foreach (var (audience, group) in audiences)
        {
            var sight = EventVisibility.For(before, e, audience.Viewer, null);
            var envelope = sight switch
            {
                Sight.ShownEvent => shown ??= SessionEventView.Of(stored, sight),
                Sight.RedactedEvent => SessionEventView.Of(stored, sight), // redactions may differ between audiences
                _ => hidden ??= SessionEventView.Of(stored, sight),
            };
            var index = 0;
            while (index < plan.Count && !ReferenceEquals(plan[index].Envelope, envelope))
            {
                index++;
            }

            if (index == plan.Count)
            {
                plan.Add((envelope, []));
            }

            plan[index].Groups.Add(group);
            if (hostSend < 0 && audience.Viewer.Role == ActorRole.HostStaff)
            {
                hostSend = index;
            }
        }

        if (hostSend > 0)
        {
            var first = plan[hostSend];
            plan.RemoveAt(hostSend);
            plan.Insert(0, first);
        }

        return plan;
    }
}
