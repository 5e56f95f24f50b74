using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Documents;
using RemoteEvaluation.Domain.Sessions;

namespace RemoteEvaluation.Domain.Visibility;

/// <summary>
/// Who may see which document of a session (文件可见性), as the same rules as <see cref="EventVisibility"/>:
/// <list type="bullet">
/// <item>Supervisors, auditors and coordinators see every document; host staff (from the host centre) too.</item>
/// <item>Remote staff see none: they keep order, they do not know the project (四不知).</item>
/// <item>A committee member sees the documents once checked in. In a blind evaluation (暗标), until identities are
/// revealed, a technical document shows the member's own code instead of the bidder and a neutral title, and the
/// commercial parts wait for the reveal.</item>
/// <item>A bidder sees its own documents only.</item>
/// </list>
/// </summary>
public static class DocumentAccess
{
    /// <summary>The document as <paramref name="audience"/> may see it, or null when it may not see it at all.</summary>
    public static RegisteredDocument? As(SessionState state, RegisteredDocument document, Actor audience) => audience.Role switch
    {
        ActorRole.Supervisor or ActorRole.Auditor or ActorRole.Coordinator => document,
        ActorRole.HostStaff => audience.SiteId == state.HostSiteId ? document : null,
        ActorRole.Expert or ActorRole.TendererRepresentative => ForMember(state, document, audience),
        ActorRole.Bidder => document.BidderId == audience.PersonId ? document : null,
        _ => null,
    };

    /// <summary>The documents <paramref name="audience"/> may see, as it may see them; blind technical ones in the member's own code order.</summary>
    public static IReadOnlyList<RegisteredDocument> Visible(SessionState state, Actor audience)
    {
        var visible = state.Documents.Select(d => As(state, d, audience)).OfType<RegisteredDocument>().ToList();
        return Sealed(state) && audience.Role is ActorRole.Expert or ActorRole.TendererRepresentative
            ? [.. visible.OrderBy(d => d.Part).ThenBy(d => d.Part == DocumentPart.Technical ? CodeOrder(state, audience, d) : 0).ThenBy(d => d.Part == DocumentPart.Technical ? d.Sha256 : d.DocumentId, StringComparer.Ordinal)]
            : visible;
    }

    private static RegisteredDocument? ForMember(SessionState state, RegisteredDocument document, Actor member)
    {
        if (!state.IsCheckedInMember(member.PersonId))
        {
            return null;
        }

        if (!Sealed(state))
        {
            return document;
        }

        return document.Part switch
        {
            DocumentPart.Commercial => null,
            DocumentPart.Technical => Coded(state, document, member),
            _ => document,
        };
    }

    private static bool Sealed(SessionState state) => state.IsBlind && !state.IdentitiesRevealed;

    // Before scoring opens there are no codes yet: the document shows no bidder at all.
    private static RegisteredDocument Coded(SessionState state, RegisteredDocument document, Actor member)
    {
        var code = state.BlindAssignmentOf(member.PersonId)?.CodeOf(document.BidderId ?? string.Empty);
        return document with { BidderId = code, Title = code is null ? "技术标（暗标）" : $"技术标 {code}" };
    }

    private static int CodeOrder(SessionState state, Actor member, RegisteredDocument coded)
    {
        var codes = state.BlindAssignmentOf(member.PersonId)?.Codes;
        var index = codes?.FindIndex(c => c.Code == coded.BidderId) ?? -1;
        return index < 0 ? int.MaxValue : index;
    }
}
