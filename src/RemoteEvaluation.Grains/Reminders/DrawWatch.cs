using RemoteEvaluation.Domain.Draw;
using RemoteEvaluation.Grains.Draw;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Grains.Runtime;

namespace RemoteEvaluation.Grains.Reminders;

/// <summary>The duty a draw leaves (专家抽取): expire invitations nobody answered by their deadline, so the next candidates are invited.</summary>
public sealed class DrawWatch(string drawId) : StreamWatch
{
    private static readonly EventCodec<DrawEvent> Codec = new();
    private static readonly string Sent = NameOf<InvitationSent>();
    private static readonly HashSet<string> Ended =
        [NameOf<InvitationConfirmed>(), NameOf<InvitationDeclined>(), NameOf<InvitationExpired>(), NameOf<ExpertReplaced>()];

    private readonly Dictionary<string, DateTimeOffset> pending = new(StringComparer.Ordinal);

    public override void Observe(StoredEvent stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (stored.Type == Sent)
        {
            var sent = (InvitationSent)Codec.Decode(stored.Type, stored.Data.Span);
            pending[sent.ExpertId] = sent.Deadline;
        }
        else if (Ended.Contains(stored.Type))
        {
            pending.Remove(Codec.Decode(stored.Type, stored.Data.Span) switch
            {
                InvitationConfirmed e => e.ExpertId,
                InvitationDeclined e => e.ExpertId,
                InvitationExpired e => e.ExpertId,
                ExpertReplaced e => e.ExpertId,
                var other => throw new InvalidOperationException($"{other.GetType().Name} does not end an invitation."),
            });
        }
    }

    public override IEnumerable<Reminder> Owed() =>
        pending.Values.Distinct().Select(deadline =>
        {
            // One expiry per deadline: invitations sent together share it, and ExpireInvitations closes them all.
            var key = deadline.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return new Reminder($"expire:{key}", deadline + SessionWatch.JustAfter, grains => ExpireAsync(grains, key));
        });

    private async Task<ReminderOutcome> ExpireAsync(IGrainFactory grains, string key)
    {
        var result = await grains.GetGrain<IDrawGrain>(drawId).ExpireAsync(CommandContext.System(CommandId($"expire-{key}", drawId)));
        return result.Rejection?.Code switch
        {
            null => ReminderOutcome.Done,
            GrainRejections.Contended => ReminderOutcome.RetryIn(TimeSpan.FromSeconds(1)),
            _ => ReminderOutcome.Refused(result.Rejection!),
        };
    }
}
