using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Presence;
using static RemoteEvaluation.Domain.Sessions.SessionGuards;

namespace RemoteEvaluation.Domain.Sessions;

// Presence (在线状态): connections opening and closing, centres going silent and coming back. The service records them
// (Actor.System), never a person. Only transitions are recorded, so repeating one records nothing; recorded while
// suspended too, since that is when it matters.
public sealed partial class SessionDecider
{
    private static Decision<SessionEvent> RecordConnected(SessionState state, RecordConnected c, DateTimeOffset now)
    {
        if ((Role(state, c, ActorRole.System) ?? Live(state, c) ?? Connection(c.ConnectionId)) is { } rejected)
        {
            return rejected;
        }

        return state.Presence.Connections.ContainsKey(c.ConnectionId)
            ? Accept()
            : Accept(new ParticipantConnected(c.ConnectionId, c.Participant.PersonId, c.Participant.Role, c.Participant.SiteId, now));
    }

    private static Decision<SessionEvent> RecordDisconnected(SessionState state, RecordDisconnected c, DateTimeOffset now)
    {
        if ((Role(state, c, ActorRole.System) ?? Live(state, c) ?? Connection(c.ConnectionId)) is { } rejected)
        {
            return rejected;
        }

        return state.Presence.Connections.TryGetValue(c.ConnectionId, out var attendee)
            ? Accept(new ParticipantDisconnected(c.ConnectionId, attendee.PersonId, attendee.Role, attendee.SiteId, now))
            : Accept();
    }

    private static Decision<SessionEvent> RecordSiteSilent(SessionState state, RecordSiteSilent c, DateTimeOffset now)
    {
        if ((Role(state, c, ActorRole.System) ?? Live(state, c) ?? SiteOf(state, c.SiteId)) is { } rejected)
        {
            return rejected;
        }

        if (state.Presence.IsSilent(c.SiteId))
        {
            return Accept();
        }

        var members = state.Members.Count(m => m.Member.SiteId == c.SiteId && m.Status == Committee.MemberStatus.CheckedIn);
        return Accept(new SiteWentSilent(c.SiteId, c.LastHeardAt, members, now));
    }

    private static Decision<SessionEvent> RecordSiteBack(SessionState state, RecordSiteBack c, DateTimeOffset now)
    {
        if ((Role(state, c, ActorRole.System) ?? Live(state, c) ?? SiteOf(state, c.SiteId)) is { } rejected)
        {
            return rejected;
        }

        return state.Presence.SilentSites.TryGetValue(c.SiteId, out var since)
            ? Accept(new SiteCameBack(c.SiteId, since, now))
            : Accept();
    }

    private static Rejection? Connection(string? connectionId) =>
        string.IsNullOrWhiteSpace(connectionId) ? new Rejection(PresenceRejections.ConnectionRequired, "A connection id is required.") : null;

    private static Rejection? SiteOf(SessionState state, string? siteId) =>
        siteId is not null && state.IsSiteOfSession(siteId)
            ? null
            : new Rejection(PresenceRejections.UnknownSite, $"Centre {siteId} takes no part in this session.");
}
