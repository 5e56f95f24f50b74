using System.Collections.Frozen;
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
using RemoteEvaluation.Domain.Reports;
using RemoteEvaluation.Domain.Review;
using RemoteEvaluation.Domain.Scoring;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Domain.Summary;
using RemoteEvaluation.Domain.Supervision;

namespace RemoteEvaluation.Server.Authorization;

/// <summary>
/// Which roles may send each session command (指令权限表), mirroring the role guard of each handler in
/// <see cref="SessionDecider"/> (see src/RemoteEvaluation.Domain/README.md). The domain still checks phase, site,
/// membership and "own sheet only"; this table lets the server refuse early and lets a test compare both.
/// </summary>
public static class SessionCommandRoles
{
    private static readonly ActorRole[] Host = [ActorRole.HostStaff];
    private static readonly ActorRole[] Centre = [ActorRole.HostStaff, ActorRole.SiteStaff];
    private static readonly ActorRole[] Members = [ActorRole.Expert, ActorRole.TendererRepresentative];

    private static readonly FrozenDictionary<Type, ActorRole[]> Table = new Dictionary<Type, ActorRole[]>
    {
        [typeof(ScheduleSession)] = Host,
        [typeof(LinkRemoteSite)] = [ActorRole.HostStaff, ActorRole.Coordinator],
        [typeof(AdoptCriteria)] = Host,
        [typeof(RegisterBids)] = Host,
        // Seated by the draw through the system actor only; no person may send these (四不知).
        [typeof(SeatCommittee)] = [ActorRole.System],
        [typeof(SeatReplacement)] = [ActorRole.System],
        [typeof(CheckIn)] = Centre,
        [typeof(MarkAbsent)] = Centre,
        [typeof(OpenSession)] = Host,
        [typeof(DeclareConflict)] = Members,
        [typeof(VoteForChair)] = Members,
        [typeof(StartReview)] = Host,
        [typeof(PublishPreCheck)] = Host,
        [typeof(SubmitReviewVerdicts)] = Members,
        [typeof(ConcludeReview)] = Members,
        [typeof(RequestClarification)] = Members,
        [typeof(AnswerClarification)] = [ActorRole.Bidder],
        [typeof(OpenScoring)] = Host,
        [typeof(SubmitScoreSheet)] = Members,
        [typeof(SignScoreSheet)] = Members,
        [typeof(StartSummary)] = Host,
        [typeof(PostChatMessage)] = Centre,
        [typeof(ShowDocument)] = Host,
        [typeof(RegisterDocument)] = Host,
        [typeof(RecordConnected)] = [ActorRole.System],
        [typeof(RecordDisconnected)] = [ActorRole.System],
        [typeof(RecordSiteSilent)] = [ActorRole.System],
        [typeof(RecordSiteBack)] = [ActorRole.System],
        [typeof(ExplainDeviation)] = Members,
        [typeof(RecheckScore)] = Members,
        [typeof(RecordTendererDecision)] = [ActorRole.TendererRepresentative, ActorRole.HostStaff],
        [typeof(AcceptSummary)] = Members,
        [typeof(SignReport)] = Members,
        [typeof(CloseSession)] = Host,
        [typeof(SettleFees)] = Host,
        [typeof(RecordConduct)] = Host,
        [typeof(ArchiveSession)] = Host,
        [typeof(SuspendSession)] = [ActorRole.HostStaff, ActorRole.System], // System: auto-suspend when a centre goes silent
        [typeof(ResumeSession)] = Host,
        [typeof(AbandonSession)] = [ActorRole.HostStaff, ActorRole.System], // System: the process manager, past the deadline
        [typeof(IssueWarning)] = [ActorRole.Supervisor], // the supervisor's only command (监督警示)
    }.ToFrozenDictionary();

    /// <summary>
    /// Facts the server records acting for the host centre (presence and link faults, 在线状态); no client sends them and
    /// no hub method takes them.
    /// </summary>
    public static IReadOnlySet<Type> RecordedByServer { get; } = new HashSet<Type>
    {
        typeof(RecordConnected), typeof(RecordDisconnected), typeof(RecordSiteSilent), typeof(RecordSiteBack),
    }.ToFrozenSet();

    /// <summary>
    /// Commands sent by an HTTP endpoint rather than a hub method: registering a document goes with its bytes
    /// (<c>POST /api/sessions/{id}/documents</c>), which the server stores before it sends the command.
    /// </summary>
    public static IReadOnlySet<Type> SentOverHttp { get; } = new HashSet<Type> { typeof(RegisterDocument) }.ToFrozenSet();

    /// <summary>
    /// Commands only the draw sends (<c>DrawGrain</c>, as the system actor): seating the committee and its replacements
    /// from the drawn experts, so that no person learns every member's identity by sending them (四不知). No hub method
    /// takes them.
    /// </summary>
    public static IReadOnlySet<Type> SentByTheDraw { get; } = new HashSet<Type> { typeof(SeatCommittee), typeof(SeatReplacement) }.ToFrozenSet();

    /// <summary>Every session command type the table knows.</summary>
    public static IEnumerable<Type> Commands => Table.Keys;

    /// <summary>The roles that may send <paramref name="commandType"/>; empty for a type that is not a known session command.</summary>
    public static IReadOnlyList<ActorRole> For(Type commandType) =>
        Table.TryGetValue(commandType, out var roles) ? roles : [];
}
