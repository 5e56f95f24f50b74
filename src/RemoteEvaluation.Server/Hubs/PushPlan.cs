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
    public static IEnumerable<(EventEnvelope Envelope, IReadOnlyList<string> Groups)> For(
        SessionState before, StoredEvent stored, SessionEvent e, string sessionId, IReadOnlyList<Audience> audiences)
    {
        EventEnvelope? shown = null;
        EventEnvelope? hidden = null;
        var plan = new List<(EventEnvelope Envelope, List<string> Groups, bool Host)>();
        foreach (var audience in audiences)
        {
            var sight = EventVisibility.For(before, e, audience.Viewer, null);
            var envelope = sight switch
            {
                Sight.ShownEvent => shown ??= SessionEventView.Of(stored, sight),
                Sight.RedactedEvent => SessionEventView.Of(stored, sight), // redactions may differ between audiences
                _ => hidden ??= SessionEventView.Of(stored, sight),
            };
            var index = plan.FindIndex(p => ReferenceEquals(p.Envelope, envelope));
            if (index < 0)
            {
                plan.Add((envelope, [], false));
                index = plan.Count - 1;
            }

            var host = audience.Viewer.Role == ActorRole.HostStaff;
            plan[index] = (envelope, plan[index].Groups, plan[index].Host || host);
            plan[index].Groups.Add(HubGroups.Audience(sessionId, audience));
        }

        return plan.OrderByDescending(p => p.Host).Select(p => (p.Envelope, (IReadOnlyList<string>)p.Groups));
    }
}
