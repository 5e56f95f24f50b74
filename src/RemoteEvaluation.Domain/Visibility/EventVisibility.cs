using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Attendance;
using RemoteEvaluation.Domain.Chat;
using RemoteEvaluation.Domain.Clarifications;
using RemoteEvaluation.Domain.Committee;
using RemoteEvaluation.Domain.Conduct;
using RemoteEvaluation.Domain.Documents;
using RemoteEvaluation.Domain.Fees;
using RemoteEvaluation.Domain.Opening;
using RemoteEvaluation.Domain.Presence;
using RemoteEvaluation.Domain.Scoring;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Domain.Summary;
using RemoteEvaluation.Domain.Supervision;

namespace RemoteEvaluation.Domain.Visibility;

/// <summary>
/// Who may see what (信息可见性规则), as one pure function of the session state before the event, the event,
/// and the audience:
/// <list type="bullet">
/// <item>Supervisors, auditors and coordinators see everything (they only read).</item>
/// <item>A committee member sees nothing before their own check-in (四不知), never another member's scores or
/// sheets before the summary, and in a blind evaluation only their own bid codes (no objective scores, which name
/// the bidders) until identities are revealed.</item>
/// <item>Staff do not see the identity of a member seated at another centre until that member checks in, and see
/// sheets without scores before the summary. Remote staff do not see the project (四不知).</item>
/// <item>A bidder sees only the clarifications addressed to it.</item>
/// <item>Chat to everyone is seen by staff and checked-in members; a private channel only by the host and that one
/// centre's staff. Who connected is seen by the host (and a centre's staff for their own centre), never by members;
/// remote staff do not see the presenter's document (四不知).</item>
/// <item>A supervisor's warning (监督警示) is seen by the host and by the centre it names (staff and checked-in
/// members there), or by everyone when it names none.</item>
/// </list>
/// </summary>
public static class EventVisibility
{
    public const string SealedProject = "(sealed)";

    public static Sight For(SessionState before, SessionEvent e, Actor audience) => audience.Role switch
    {
        ActorRole.Supervisor or ActorRole.Auditor or ActorRole.Coordinator => Sight.Shown,
        ActorRole.Bidder => ForBidder(e, audience),
        ActorRole.Expert or ActorRole.TendererRepresentative => ForMember(before, e, audience),
        ActorRole.HostStaff or ActorRole.SiteStaff => ForStaff(before, e, audience),
        _ => Sight.Hidden,
    };

    private static Sight ForBidder(SessionEvent e, Actor bidder) => e switch
    {
        ClarificationRequested x when x.BidderId == bidder.PersonId => Sight.Shown,
        ClarificationAnswered x when x.BidderId == bidder.PersonId => Sight.Shown,
        _ => Sight.Hidden,
    };

    private static Sight ForMember(SessionState before, SessionEvent e, Actor member)
    {
        if (e is MemberCheckedIn own && own.PersonId == member.PersonId)
        {
            return Sight.Shown;
        }

        if (!before.IsCheckedInMember(member.PersonId))
        {
            return Sight.Hidden;
        }

        var beforeSummary = before.Phase < SessionPhase.Summary;
        var blind = before.IsBlind && !before.IdentitiesRevealed;
        var code = before.BlindAssignmentOf(member.PersonId);
        return e switch
        {
            ChatMessagePosted x when x.ToSiteId is not null => Sight.Hidden,
            DocumentRegistered x => DocumentSight(before, x, member),
            WarningIssued x when x.ToSiteId is not null && x.ToSiteId != member.SiteId => Sight.Hidden,
            ParticipantConnected or ParticipantDisconnected => Sight.Hidden,
            ScoreSheetSubmitted x when x.ExpertId != member.PersonId => beforeSummary ? Sight.Hidden : Sight.Shown,
            ScoreSheetSigned x when x.ExpertId != member.PersonId => beforeSummary ? Sight.Hidden : Sight.Shown,
            ScoreRechecked x when x.Change.ExpertId is not null && x.Change.ExpertId != member.PersonId => beforeSummary ? Sight.Hidden : Sight.Shown,
            ScoreSheetSubmitted x when blind && x.Part == PartKind.Technical => Sight.Redacted(x with { BidderId = code?.CodeOf(x.BidderId) ?? string.Empty }),
            ScoreSheetSigned x when blind && x.Part == PartKind.Technical => Sight.Redacted(x with { BidderId = code?.CodeOf(x.BidderId) ?? string.Empty }),
            ScoringOpened x when !x.BlindAssignments.IsEmpty => Sight.Redacted(x with
            {
                // Objective scores are listed by bidder id; members need them only with the commercial part, after the reveal.
                ObjectiveScores = blind ? [] : x.ObjectiveScores,
                BlindAssignments = [.. x.BlindAssignments.Where(a => a.ExpertId == member.PersonId).Select(a => a with { Codes = [.. a.Codes.Select(c => c with { BidderId = string.Empty })] })],
            }),
            _ => Sight.Shown,
        };
    }

    private static Sight ForStaff(SessionState before, SessionEvent e, Actor staff)
    {
        var remote = staff.Role == ActorRole.SiteStaff;
        return e switch
        {
            CommitteeSeated x => x.Members.All(m => Knows(before, staff, m))
                ? Sight.Shown
                : Sight.Redacted(x with { Members = [.. x.Members.Select((m, i) => Knows(before, staff, m) ? m : Sealed(m, i))] }),
            ReplacementSeated x => Knows(before, staff, x.Member)
                ? Sight.Shown
                : Sight.Redacted(x with { ReplacesPersonId = KnowsPerson(before, staff, x.ReplacesPersonId, before.Member(x.ReplacesPersonId)?.Member.SiteId ?? string.Empty) ? x.ReplacesPersonId : SealedId(before, x.ReplacesPersonId), Member = Sealed(x.Member, before.Members.Count) }),
            ReplacementRequested x => KnowsPerson(before, staff, x.PersonId, x.SiteId)
                ? Sight.Shown
                : Sight.Redacted(x with { PersonId = SealedId(before, x.PersonId) }),
            MemberAbsent x => KnowsPerson(before, staff, x.PersonId, x.SiteId)
                ? Sight.Shown
                : Sight.Redacted(x with { PersonId = SealedId(before, x.PersonId) }),
            _ when remote => ForRemoteStaff(e, staff),
            ScoreSheetSubmitted x when before.Phase < SessionPhase.Summary => Sight.Redacted(x with { Scores = [] }),
            _ => Sight.Shown,
        };
    }

    /// <summary>Remote staff keep order in their room: they see how the session runs, never what is evaluated (四不知).</summary>
    private static Sight ForRemoteStaff(SessionEvent e, Actor staff) => e switch
    {
        ChatMessagePosted x => x.ToSiteId is null || x.ToSiteId == staff.SiteId ? Sight.Shown : Sight.Hidden,
        WarningIssued x => x.ToSiteId is null || x.ToSiteId == staff.SiteId ? Sight.Shown : Sight.Hidden,
        ParticipantConnected x => x.SiteId == staff.SiteId ? Sight.Shown : Sight.Hidden,
        ParticipantDisconnected x => x.SiteId == staff.SiteId ? Sight.Shown : Sight.Hidden,
        SiteWentSilent or SiteCameBack => Sight.Shown,
        SessionScheduled x => Sight.Redacted(x with { ProjectCode = SealedProject, ProjectName = SealedProject }),
        ConflictDeclared x => Sight.Redacted(x with { Detail = SealedProject }),
        RemoteSiteLinked or MemberCheckedIn or SessionOpened or NoConflictDeclared or ReviewStarted
            or SessionSuspended or SessionResumed or SessionAbandoned or SessionArchived
            or FeesSettled or ExpertConductRecorded => Sight.Shown,
        _ => Sight.Hidden,
    };

    /// <summary>A registration shows the document as <see cref="DocumentAccess"/> lets the member see it.</summary>
    private static Sight DocumentSight(SessionState before, DocumentRegistered x, Actor member)
    {
        var document = RegisteredDocument.From(x);
        return DocumentAccess.As(before, document, member) switch
        {
            null => Sight.Hidden,
            var seen when seen == document => Sight.Shown,
            var seen => Sight.Redacted(x with { BidderId = seen.BidderId, Title = seen.Title }),
        };
    }

    private static bool Knows(SessionState before, Actor staff, CommitteeMember m) => KnowsPerson(before, staff, m.PersonId, m.SiteId);

    /// <summary>Staff know the members they verify themselves, and anyone who has checked in.</summary>
    private static bool KnowsPerson(SessionState before, Actor staff, string personId, string siteId) =>
        siteId == staff.SiteId || before.Member(personId)?.CheckedInAt is not null;

    private static CommitteeMember Sealed(CommitteeMember m, int index) => m with { PersonId = $"sealed-{index + 1}", PoolId = string.Empty };

    private static string SealedId(SessionState before, string personId) => $"sealed-{before.Members.FindIndex(m => m.PersonId == personId) + 1}";
}
