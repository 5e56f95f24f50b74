using System.Collections.Immutable;
using RemoteEvaluation.Contracts;
using RemoteEvaluation.Domain.Attendance;
using RemoteEvaluation.Domain.Clarifications;
using RemoteEvaluation.Domain.Conduct;
using RemoteEvaluation.Domain.Fees;
using RemoteEvaluation.Domain.Opening;
using RemoteEvaluation.Domain.Reports;
using RemoteEvaluation.Domain.Review;
using RemoteEvaluation.Domain.Scoring;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Domain.Settings;
using RemoteEvaluation.Domain.Summary;

namespace RemoteEvaluation.Server.Hubs;

/// <summary>
/// One hub method per session command (指令), named after it: the session id, a client-chosen command id (send the same
/// id again after a lost connection), then the command's fields without its actor, which comes from the principal.
/// Each answers a <see cref="CommandAck"/> or throws a refusal in the <see cref="HubError"/> format. The commands in
/// <c>SessionCommandRoles.SentByTheDraw</c>, <c>RecordedByServer</c> and <c>SentOverHttp</c> have no method here.
/// </summary>
public sealed partial class EvaluationHub
{
    public Task<CommandAck> ScheduleSession(string sessionId, string commandId, string projectCode, string projectName, string hostSiteId, DateTimeOffset startsAt, decimal estimatedValue, EvaluationSettings? settings) =>
        ExecuteAsync(sessionId, commandId, by => new ScheduleSession(by, projectCode, projectName, hostSiteId, startsAt, estimatedValue, settings));

    public Task<CommandAck> LinkRemoteSite(string sessionId, string commandId, string siteId) =>
        ExecuteAsync(sessionId, commandId, by => new LinkRemoteSite(by, siteId));

    public Task<CommandAck> AdoptCriteria(string sessionId, string commandId, CriteriaTemplate criteria) =>
        ExecuteAsync(sessionId, commandId, by => new AdoptCriteria(by, criteria));

    public Task<CommandAck> RegisterBids(string sessionId, string commandId, ImmutableList<Bid> bids) =>
        ExecuteAsync(sessionId, commandId, by => new RegisterBids(by, bids));

    public Task<CommandAck> CheckIn(string sessionId, string commandId, string personId) =>
        ExecuteAsync(sessionId, commandId, by => new CheckIn(by, personId));

    public Task<CommandAck> MarkAbsent(string sessionId, string commandId, string personId) =>
        ExecuteAsync(sessionId, commandId, by => new MarkAbsent(by, personId));

    public Task<CommandAck> OpenSession(string sessionId, string commandId) =>
        ExecuteAsync(sessionId, commandId, by => new OpenSession(by));

    public Task<CommandAck> DeclareConflict(string sessionId, string commandId, bool hasConflict, string? detail) =>
        ExecuteAsync(sessionId, commandId, by => new DeclareConflict(by, hasConflict, detail));

    public Task<CommandAck> VoteForChair(string sessionId, string commandId, string candidateId) =>
        ExecuteAsync(sessionId, commandId, by => new VoteForChair(by, candidateId));

    public Task<CommandAck> StartReview(string sessionId, string commandId) =>
        ExecuteAsync(sessionId, commandId, by => new StartReview(by));

    public Task<CommandAck> PublishPreCheck(string sessionId, string commandId, ImmutableList<PreCheckFinding> findings) =>
        ExecuteAsync(sessionId, commandId, by => new PublishPreCheck(by, findings));

    public Task<CommandAck> SubmitReviewVerdicts(string sessionId, string commandId, string bidderId, ImmutableList<ItemVerdict> verdicts) =>
        ExecuteAsync(sessionId, commandId, by => new SubmitReviewVerdicts(by, bidderId, verdicts));

    public Task<CommandAck> ConcludeReview(string sessionId, string commandId) =>
        ExecuteAsync(sessionId, commandId, by => new ConcludeReview(by));

    public Task<CommandAck> RequestClarification(string sessionId, string commandId, string clarificationId, string bidderId, string question) =>
        ExecuteAsync(sessionId, commandId, by => new RequestClarification(by, clarificationId, bidderId, question));

    public Task<CommandAck> AnswerClarification(string sessionId, string commandId, string clarificationId, string answer, string? attachmentSha256) =>
        ExecuteAsync(sessionId, commandId, by => new AnswerClarification(by, clarificationId, answer, attachmentSha256));

    public Task<CommandAck> OpenScoring(string sessionId, string commandId, long seed) =>
        ExecuteAsync(sessionId, commandId, by => new OpenScoring(by, seed));

    public Task<CommandAck> SubmitScoreSheet(string sessionId, string commandId, string expertId, string bidKey, PartKind part, ImmutableList<ItemScore> scores) =>
        ExecuteAsync(sessionId, commandId, by => new SubmitScoreSheet(by, expertId, bidKey, part, scores));

    public Task<CommandAck> SignScoreSheet(string sessionId, string commandId, string expertId, string bidKey, PartKind part) =>
        ExecuteAsync(sessionId, commandId, by => new SignScoreSheet(by, expertId, bidKey, part));

    public Task<CommandAck> StartSummary(string sessionId, string commandId) =>
        ExecuteAsync(sessionId, commandId, by => new StartSummary(by));

    public Task<CommandAck> ExplainDeviation(string sessionId, string commandId, string expertId, string bidderId, string itemId, string reason) =>
        ExecuteAsync(sessionId, commandId, by => new ExplainDeviation(by, expertId, bidderId, itemId, reason));

    public Task<CommandAck> RecheckScore(string sessionId, string commandId, string? expertId, string bidderId, string itemId, decimal newScore, RecheckGround ground, string reason) =>
        ExecuteAsync(sessionId, commandId, by => new RecheckScore(by, expertId, bidderId, itemId, newScore, ground, reason));

    public Task<CommandAck> RecordTendererDecision(string sessionId, string commandId, ImmutableList<string> order) =>
        ExecuteAsync(sessionId, commandId, by => new RecordTendererDecision(by, order));

    public Task<CommandAck> AcceptSummary(string sessionId, string commandId) =>
        ExecuteAsync(sessionId, commandId, by => new AcceptSummary(by));

    public Task<CommandAck> SignReport(string sessionId, string commandId, ReportStance stance, string? reason) =>
        ExecuteAsync(sessionId, commandId, by => new SignReport(by, stance, reason));

    public Task<CommandAck> CloseSession(string sessionId, string commandId) =>
        ExecuteAsync(sessionId, commandId, by => new CloseSession(by));

    public Task<CommandAck> SettleFees(string sessionId, string commandId) =>
        ExecuteAsync(sessionId, commandId, by => new SettleFees(by));

    public Task<CommandAck> RecordConduct(string sessionId, string commandId, ImmutableList<StaffRemark> remarks) =>
        ExecuteAsync(sessionId, commandId, by => new RecordConduct(by, remarks));

    /// <summary>Archives the session; the final chain hash is read from the store by the grain, so the client sends none.</summary>
    public Task<CommandAck> ArchiveSession(string sessionId, string commandId) =>
        ExecuteAsync(sessionId, commandId, by => new ArchiveSession(by, string.Empty));

    public Task<CommandAck> SuspendSession(string sessionId, string commandId, string reason) =>
        ExecuteAsync(sessionId, commandId, by => new SuspendSession(by, reason));

    public Task<CommandAck> ResumeSession(string sessionId, string commandId) =>
        ExecuteAsync(sessionId, commandId, by => new ResumeSession(by));

    public Task<CommandAck> AbandonSession(string sessionId, string commandId, string reason) =>
        ExecuteAsync(sessionId, commandId, by => new AbandonSession(by, reason));
}
