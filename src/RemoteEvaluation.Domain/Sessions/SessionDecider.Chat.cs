using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Chat;
using static RemoteEvaluation.Domain.Sessions.SessionGuards;

namespace RemoteEvaluation.Domain.Sessions;

// Chat between centres (文字交流). Allowed while suspended: that is when centres most need to talk.
public sealed partial class SessionDecider
{
    private static Decision<SessionEvent> PostChatMessage(SessionState state, PostChatMessage c, DateTimeOffset now)
    {
        if ((Role(state, c, ActorRole.HostStaff, ActorRole.SiteStaff) ?? Live(state, c)) is { } rejected)
        {
            return rejected;
        }

        if (c.By.Role == ActorRole.SiteStaff && !state.RemoteSiteIds.Contains(c.By.SiteId))
        {
            return Decision<SessionEvent>.Reject(SessionRejections.WrongSite, $"Centre {c.By.SiteId} is not linked into this session.");
        }

        if (c.ToSiteId is { } to && !state.RemoteSiteIds.Contains(to))
        {
            return Decision<SessionEvent>.Reject(ChatRejections.UnknownSite, $"Centre {to} is not a remote centre of this session; a private channel runs between the host and one remote centre.");
        }

        // Remote staff talk to the host on their own channel; speaking to everyone or to another centre is the host's job.
        if (c.By.Role == ActorRole.SiteStaff && c.ToSiteId != c.By.SiteId)
        {
            return Decision<SessionEvent>.Reject(ChatRejections.WrongChannel, $"Remote-centre staff post on the channel between the host and their own centre ({c.By.SiteId}).");
        }

        var text = c.Text?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return Decision<SessionEvent>.Reject(ChatRejections.EmptyMessage, "Write something before sending.");
        }

        if (text.Length > ChatLimits.MaxLength)
        {
            return Decision<SessionEvent>.Reject(ChatRejections.MessageTooLong, $"A message holds at most {ChatLimits.MaxLength} characters; this one has {text.Length}.");
        }

        return Accept(new ChatMessagePosted(c.By.PersonId, c.By.Role, c.By.SiteId, c.ToSiteId, text, now));
    }
}
