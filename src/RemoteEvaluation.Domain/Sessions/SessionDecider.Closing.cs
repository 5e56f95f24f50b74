using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Committee;
using RemoteEvaluation.Domain.Conduct;
using RemoteEvaluation.Domain.Fees;
using RemoteEvaluation.Domain.Reports;
using static RemoteEvaluation.Domain.Sessions.SessionGuards;

namespace RemoteEvaluation.Domain.Sessions;

// Report signatures (签字), close, fees (劳务报酬), conduct (行为评价) and archive (归档).
public sealed partial class SessionDecider
{
    private static Decision<SessionEvent> SignReport(SessionState state, SignReport c, DateTimeOffset now)
    {
        if ((Role(state, c, ActorRole.Expert, ActorRole.TendererRepresentative) ?? Phase(state, c, SessionPhase.Report) ?? Member(state, c.By)) is { } rejected)
        {
            return rejected;
        }

        if (state.Signatures.Any(s => s.PersonId == c.By.PersonId))
        {
            return Decision<SessionEvent>.Reject(ReportRejections.AlreadySigned, "You have already signed the report.");
        }

        var reason = string.IsNullOrWhiteSpace(c.Reason) ? null : c.Reason.Trim();
        if (c.Stance == ReportStance.Dissent && reason is null)
        {
            return Decision<SessionEvent>.Reject(ReportRejections.ReasonRequired, "Write down your dissent; it goes into the report.");
        }

        if (!Enum.IsDefined(c.Stance))
        {
            return Decision<SessionEvent>.Reject(SessionRejections.FieldRequired, "Say whether you agree, dissent or refuse.");
        }

        // A refusal without a written reason counts as agreement; with one, it is dissent.
        var countsAs = c.Stance switch
        {
            ReportStance.Agree => ReportStance.Agree,
            _ when reason is null => ReportStance.Agree,
            _ => ReportStance.Dissent,
        };
        return Accept(new ReportSigned(new ReportSignature(c.By.PersonId, c.Stance, countsAs, reason, now)));
    }

    private static Decision<SessionEvent> Close(SessionState state, CloseSession c, DateTimeOffset now)
    {
        if ((Role(state, c, ActorRole.HostStaff) ?? Phase(state, c, SessionPhase.Report)) is { } rejected)
        {
            return rejected;
        }

        var missing = state.ActiveMembers.Where(m => state.Signatures.All(s => s.PersonId != m.PersonId)).Select(m => m.PersonId).ToList();
        return missing.Count > 0
            ? Decision<SessionEvent>.Reject(ReportRejections.SignaturesMissing, $"{missing.Count} member(s) have not signed the report.")
            : Accept(new SessionClosed(ReportBuilder.Build(state), now));
    }

    private static Decision<SessionEvent> SettleFees(SessionState state, SettleFees c)
    {
        if ((Role(state, c, ActorRole.HostStaff) ?? Phase(state, c, SessionPhase.Closed)) is { } rejected)
        {
            return rejected;
        }

        if (state.Fees is not null)
        {
            return Decision<SessionEvent>.Reject(FeeRejections.AlreadySettled, "Fees are already settled for this session.");
        }

        var schedule = state.Settings.Fees;
        var fees = new List<ExpertFee>();
        foreach (var m in state.Members.Where(m => m.Member.Kind == MemberKind.Expert && m.CheckedInAt is not null))
        {
            var remote = m.Member.SiteId != state.HostSiteId;
            var own = schedule.RatesOf(m.Member.PoolId);
            var host = remote ? schedule.RatesOf(schedule.HostPoolId) : own;
            if (own is null || host is null)
            {
                return Decision<SessionEvent>.Reject(FeeRejections.PoolRatesMissing, $"No fee table for pool {(own is null ? m.Member.PoolId : schedule.HostPoolId)}; it must be in the settings fixed at scheduling.");
            }

            // Paid from the later of the start and their arrival until they left or the session closed.
            var from = m.CheckedInAt!.Value > state.StartsAt!.Value ? m.CheckedInAt.Value : state.StartsAt.Value;
            var until = m.LeftAt ?? state.ClosedAt!.Value;
            var duration = until > from ? until - from : TimeSpan.Zero;

            // A remote expert is paid the higher of the host pool's and their own pool's rate.
            var (pool, amount) = host.FeeFor(duration) > own.FeeFor(duration) ? (host.PoolId, host.FeeFor(duration)) : (own.PoolId, own.FeeFor(duration));
            fees.Add(new ExpertFee(m.PersonId, remote, duration, pool, amount));
        }

        return Accept(new FeesSettled([.. fees]));
    }

    private static Decision<SessionEvent> RecordConduct(SessionState state, RecordConduct c)
    {
        if ((Role(state, c, ActorRole.HostStaff) ?? Phase(state, c, SessionPhase.Closed)) is { } rejected)
        {
            return rejected;
        }

        if (state.ConductRecorded)
        {
            return Decision<SessionEvent>.Reject(ConductRejections.AlreadyRecorded, "Conduct is already recorded for this session.");
        }

        var remarks = c.Remarks ?? [];
        var experts = state.Members.Where(m => m.Member.Kind == MemberKind.Expert).ToList();
        if (remarks.FirstOrDefault(r => experts.All(m => m.PersonId != r.PersonId)) is { } stray)
        {
            return Decision<SessionEvent>.Reject(ConductRejections.UnknownExpert, $"{stray.PersonId} was not an expert in this session.");
        }

        if (remarks.Any(r => string.IsNullOrWhiteSpace(r.Remark)))
        {
            return Decision<SessionEvent>.Reject(SessionRejections.FieldRequired, "Every remark needs its text.");
        }

        var flags = state.Summary?.Flags ?? [];
        return Accept([.. experts.Select(m => new ExpertConductRecorded(
            m.PersonId,
            m.Late,
            m.Status == MemberStatus.Absent,
            m.Status == MemberStatus.Withdrawn,
            flags.Count(f => f.ExpertId == m.PersonId),
            state.Rechecks.Count(r => r.ExpertId == m.PersonId),
            [.. remarks.Where(r => r.PersonId == m.PersonId).Select(r => r.Remark.Trim())]))]);
    }

    private static Decision<SessionEvent> Archive(SessionState state, ArchiveSession c, DateTimeOffset now)
    {
        if ((Role(state, c, ActorRole.HostStaff) ?? Phase(state, c, SessionPhase.Closed)) is { } rejected)
        {
            return rejected;
        }

        if (!Sha256Text.IsValid(c.FinalChainHash))
        {
            return Decision<SessionEvent>.Reject(ReportRejections.InvalidChainHash, "The final chain hash must be a SHA-256 digest: 64 hexadecimal characters.");
        }

        if (state.Fees is null)
        {
            return Decision<SessionEvent>.Reject(ReportRejections.FeesNotSettled, "Settle the experts' fees before archiving; nothing may follow the archive marker.");
        }

        return state.ConductRecorded
            ? Accept(new SessionArchived(c.FinalChainHash, now))
            : Decision<SessionEvent>.Reject(ReportRejections.ConductNotRecorded, "Record the experts' conduct before archiving; nothing may follow the archive marker.");
    }
}
