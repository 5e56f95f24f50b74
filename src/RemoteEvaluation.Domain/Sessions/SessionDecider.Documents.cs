using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Documents;
using static RemoteEvaluation.Domain.Sessions.SessionGuards;

namespace RemoteEvaluation.Domain.Sessions;

// The presenter's document view (文档同步): only host staff move it, only to a registered document; the position
// shown is part of the record. Registering documents is in SessionDecider.DocumentRegistration.cs.
public sealed partial class SessionDecider
{
    private static Decision<SessionEvent> ShowDocument(SessionState state, ShowDocument c, DateTimeOffset now)
    {
        if ((Role(state, c, ActorRole.HostStaff) ?? Phase(state, c, SessionPhase.Scheduled, SessionPhase.Opening, SessionPhase.Review, SessionPhase.Scoring, SessionPhase.Summary, SessionPhase.Report)) is { } rejected)
        {
            return rejected;
        }

        if (string.IsNullOrWhiteSpace(c.DocumentId) || c.DocumentId.Length > DocumentLimits.MaxIdLength || c.DocumentId.Any(char.IsControl))
        {
            return Decision<SessionEvent>.Reject(DocumentRejections.InvalidId, $"A document id is 1 to {DocumentLimits.MaxIdLength} printable characters.");
        }

        if (state.Document(c.DocumentId) is null)
        {
            return Decision<SessionEvent>.Reject(DocumentRejections.NotRegistered, $"No document {c.DocumentId} is registered for this session; register it before showing it.");
        }

        if (c.Page is < 1 or > DocumentLimits.MaxPage)
        {
            return Decision<SessionEvent>.Reject(DocumentRejections.PageOutOfRange, $"Pages are numbered from 1 to {DocumentLimits.MaxPage}; {c.Page} is not one.");
        }

        if (c.Zoom is < DocumentLimits.MinZoom or > DocumentLimits.MaxZoom)
        {
            return Decision<SessionEvent>.Reject(DocumentRejections.ZoomOutOfRange, $"Zoom runs from {DocumentLimits.MinZoom} to {DocumentLimits.MaxZoom} (1 = 100%).");
        }

        if (c.Scroll is < 0m or > 1m)
        {
            return Decision<SessionEvent>.Reject(DocumentRejections.ScrollOutOfRange, "Scroll is a fraction of the page, from 0 (top) to 1 (bottom).");
        }

        // Showing what is already on screen records nothing: followers are already there.
        var view = new DocumentView(c.DocumentId, c.Page, c.Zoom, c.Scroll);
        return view == state.OnScreen
            ? Accept()
            : Accept(new DocumentShown(view.DocumentId, view.Page, view.Zoom, view.Scroll, c.By.PersonId, now));
    }
}
