using System.Globalization;
using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Conduct;
using RemoteEvaluation.Domain.Experts;
using RemoteEvaluation.Domain.Fees;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Grains.Experts;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Grains.Sessions;

namespace RemoteEvaluation.Grains.Reminders;

/// <summary>
/// The duties a session leaves (评标会): abandon it once a suspension outlasts its deadline, and forward each
/// expert's settled fee and conduct record to that expert's stream once the session has recorded them.
/// </summary>
public sealed class SessionWatch(string sessionId) : StreamWatch
{
    /// <summary>Rules compare "after the deadline" strictly, so the reminder fires just after it.</summary>
    internal static readonly TimeSpan JustAfter = TimeSpan.FromMilliseconds(1);

    private static readonly EventCodec<SessionEvent> Codec = new();
    private static readonly string Suspended = NameOf<SessionSuspended>();
    private static readonly string Resumed = NameOf<SessionResumed>();
    private static readonly string Abandoned = NameOf<SessionAbandoned>();
    private static readonly string FeesRecorded = NameOf<FeesSettled>();
    private static readonly string ConductRecorded = NameOf<ExpertConductRecorded>();

    private readonly List<(ExpertFee Fee, DateTimeOffset At)> fees = [];
    private readonly List<(ExpertConductRecorded Conduct, DateTimeOffset At)> conduct = [];
    private int suspensions;
    private SessionSuspended? suspension;

    public override void Observe(StoredEvent stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (stored.Type == Suspended)
        {
            suspensions++;
            suspension = (SessionSuspended)Decode(stored);
        }
        else if (stored.Type == Resumed || stored.Type == Abandoned)
        {
            suspension = null;
        }
        else if (stored.Type == FeesRecorded)
        {
            fees.AddRange(((FeesSettled)Decode(stored)).Fees.Select(f => (f, stored.RecordedAt)));
        }
        else if (stored.Type == ConductRecorded)
        {
            conduct.Add(((ExpertConductRecorded)Decode(stored), stored.RecordedAt));
        }
    }

    public override IEnumerable<Reminder> Owed()
    {
        if (suspension is { } s)
        {
            // The suspension's number makes the command id: each suspension is abandoned at most once, on any node.
            var number = suspensions;
            yield return new Reminder($"abandon:{number}", s.Deadline + JustAfter, grains => AbandonAsync(grains, number, s.Deadline));
        }

        foreach (var (fee, at) in fees)
        {
            yield return new Reminder($"fee:{fee.PersonId}", at, grains => ForwardFeeAsync(grains, fee, at));
        }

        foreach (var (record, at) in conduct)
        {
            yield return new Reminder($"conduct:{record.PersonId}", at, grains => ForwardConductAsync(grains, record, at));
        }
    }

    private static SessionEvent Decode(StoredEvent stored) => Codec.Decode(stored.Type, stored.Data.Span);

    private async Task<ReminderOutcome> AbandonAsync(IGrainFactory grains, int number, DateTimeOffset deadline)
    {
        var result = await grains.GetGrain<ISessionGrain>(sessionId).ExecuteAsync(
            new AbandonSession(Actor.System, $"The suspension was not lifted by its deadline {deadline.ToString("u", CultureInfo.InvariantCulture)}."),
            CommandContext.System(CommandId($"abandon-{number}", sessionId)));
        return result.Rejection?.Code switch
        {
            null => ReminderOutcome.Done,

            // Resumed in time, or abandoned by the host staff first: nothing left to do.
            SessionRejections.NotSuspended => ReminderOutcome.Done,

            // This node's clock is a little behind the deadline; ask again shortly.
            SessionRejections.SuspensionWithinLimit => ReminderOutcome.RetryIn(TimeSpan.FromSeconds(1)),
            GrainRejections.Contended => ReminderOutcome.RetryIn(TimeSpan.FromSeconds(1)),
            _ => ReminderOutcome.Refused(result.Rejection!),
        };
    }

    private async Task<ReminderOutcome> ForwardFeeAsync(IGrainFactory grains, ExpertFee fee, DateTimeOffset at)
    {
        var description = string.Create(CultureInfo.InvariantCulture, $"评标劳务费: {fee.Duration.TotalHours:0.##} h at the rates of {fee.RatePoolId}{(fee.Remote ? ", remote expert" : string.Empty)}");
        var result = await grains.GetGrain<IExpertGrain>(fee.PersonId).ExecuteAsync(
            new SettleFee(new FeeEntry(sessionId, fee.Amount, description, at)),
            CommandContext.System(CommandId("session-fee", sessionId)));
        return Forwarded(result);
    }

    private async Task<ReminderOutcome> ForwardConductAsync(IGrainFactory grains, ExpertConductRecorded record, DateTimeOffset at)
    {
        var entry = new ConductEntry(sessionId, record.Late, record.Absent, record.WithdrewOnConflict, record.Deviations, record.ScoresRechecked, record.Remarks, at);
        var result = await grains.GetGrain<IExpertGrain>(record.PersonId).ExecuteAsync(
            new RecordSessionConduct(entry),
            CommandContext.System(CommandId("session-conduct", sessionId)));
        return Forwarded(result);
    }

    private static ReminderOutcome Forwarded(CommandResult result) => result.Rejection?.Code switch
    {
        null => ReminderOutcome.Done,

        // Already on the record under another command id (entered by hand): once is enough.
        ExpertRejections.DuplicateEntry => ReminderOutcome.Done,
        GrainRejections.Contended => ReminderOutcome.RetryIn(TimeSpan.FromSeconds(1)),
        _ => ReminderOutcome.Refused(result.Rejection!),
    };
}
