namespace RemoteEvaluation.Domain.Draw;

/// <summary>The rules of an expert draw (专家抽取规则): <c>Decide</c> and <c>Evolve</c>.</summary>
public sealed class DrawDecider : IDecider<DrawState, DrawCommand, DrawEvent>
{
    public static DrawState Initial => DrawState.Empty;

    public static Decision<DrawEvent> Decide(DrawState state, DrawCommand command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (command is RequestDraw request)
        {
            return Request(state, request, now);
        }

        if (state.Request is null)
        {
            return Reject(DrawRejections.NotRequested, "Request the draw first.");
        }

        if (state.RevealedSecret is not null && command is not RevealSecret)
        {
            return Reject(DrawRejections.Revealed, "The secret is revealed: the draw is closed.");
        }

        return command switch
        {
            PerformDraw c => DrawRoundRules.Perform(state, c),
            RecordInvitation c => MoveOn(state, c.ExpertId, step => step is InviteStep invite
                ? new InvitationSent(invite.ExpertId, invite.SlotIndex, invite.SiteId, c.TokenHash, now.AddMinutes(state.Request.Settings.ResponseMinutes))
                : null),
            RecordNotificationFailure c => NoticeFailed(state, c),
            RecordSeatRefused c => MoveOn(state, c.ExpertId, step => step is InviteStep ? new CandidateSkipped(c.ExpertId, step.SlotIndex, c.Reason) : null),
            SkipCandidate c => MoveOn(state, c.ExpertId, step => step is SkipStep skip ? new CandidateSkipped(skip.ExpertId, skip.SlotIndex, skip.Reason) : null),
            ConfirmInvitation c => Answer(state, c.TokenHash, now, i => new InvitationConfirmed(i.ExpertId)),
            DeclineInvitation c => Answer(state, c.TokenHash, now, i => new InvitationDeclined(i.ExpertId, c.Reason)),
            ExpireInvitations => Decision<DrawEvent>.Accept([.. state.Invitations
                .Where(i => i.Status == InvitationStatus.Pending && i.Deadline < now)
                .Select(i => new InvitationExpired(i.ExpertId))]),
            ReplaceExpert c => state.Invitations.Any(i => i.ExpertId == c.ExpertId && i.Status == InvitationStatus.Confirmed)
                ? Decision<DrawEvent>.Accept(new ExpertReplaced(c.ExpertId, c.Reason))
                : Reject(DrawRejections.NotConfirmed, $"Expert {c.ExpertId} is not a confirmed member of this draw."),
            RevealSecret c => Reveal(state, c),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command?.GetType().Name, "Unknown draw command."),
        };
    }

    public static DrawState Evolve(DrawState state, DrawEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(state);
        return recorded switch
        {
            DrawRequested e => state with { Request = e.Request, SecretCommitment = e.SecretCommitment },
            EligibleListRecorded e => state with { PendingSnapshot = state.PendingSnapshot.Add(e) },
            DrawPerformed e => state with { Rounds = state.Rounds.Add(new DrawRound(e, state.PendingSnapshot)), PendingSnapshot = [] },
            DrawFellBack e => state with { FallBacks = state.FallBacks.Add(e) },
            InvitationSent e => state with { Invitations = state.Invitations.Add(new Invitation(e.ExpertId, e.SlotIndex, e.SiteId, e.TokenHash, e.Deadline, InvitationStatus.Pending, null)) },
            NotificationFailed e => state.Invitations.Any(i => i.ExpertId == e.ExpertId)
                ? Set(state, e.ExpertId, InvitationStatus.NotificationFailed, e.Reason)
                : state with { Invitations = state.Invitations.Add(new Invitation(e.ExpertId, e.SlotIndex, e.SiteId, null, null, InvitationStatus.NotificationFailed, e.Reason)) },
            CandidateSkipped e => state with { Invitations = state.Invitations.Add(new Invitation(e.ExpertId, e.SlotIndex, null, null, null, InvitationStatus.Skipped, e.Reason)) },
            InvitationConfirmed e => Set(state, e.ExpertId, InvitationStatus.Confirmed, null),
            InvitationDeclined e => Set(state, e.ExpertId, InvitationStatus.Declined, e.Reason),
            InvitationExpired e => Set(state, e.ExpertId, InvitationStatus.Expired, null),
            ExpertReplaced e => Set(state, e.ExpertId, InvitationStatus.Replaced, e.Reason),
            SecretRevealed e => state with { RevealedSecret = e.Secret },
            _ => state,
        };
    }

    private static Decision<DrawEvent> Request(DrawState state, RequestDraw c, DateTimeOffset now)
    {
        if (state.Request is not null)
        {
            return Reject(DrawRejections.AlreadyRequested, "This draw is already requested.");
        }

        if (c.SecretCommitment is not { Length: 64 } || !c.SecretCommitment.All(char.IsAsciiHexDigitLower))
        {
            return Reject(DrawRejections.CommitmentRequired, "Commit to the secret by its SHA-256 (64 lower-case hex digits) before the draw.");
        }

        return DrawRequestRules.Check(c.Request, now) is { } rejection
            ? rejection
            : Decision<DrawEvent>.Accept(new DrawRequested(c.Request, c.SecretCommitment));
    }

    private static Decision<DrawEvent> MoveOn(DrawState state, string expertId, Func<DrawStep, DrawEvent?> toEvent)
    {
        var next = DrawProgress.Next(state);
        var recorded = next is not null && next.ExpertId == expertId ? toEvent(next) : null;
        return recorded is null
            ? Reject(DrawRejections.NotNext, $"Expert {expertId} is not the next step of this draw ({next?.GetType().Name ?? "nothing is due"}).")
            : Decision<DrawEvent>.Accept(recorded);
    }

    // The invitation is recorded before its notice goes out (so a notice never carries a token nobody recorded); a notice
    // that then fails ends that pending invitation. Failures recorded in place of the invitation, as before, still apply.
    private static Decision<DrawEvent> NoticeFailed(DrawState state, RecordNotificationFailure c)
    {
        if (state.Invitations.FirstOrDefault(i => i.ExpertId == c.ExpertId) is { } invitation)
        {
            return invitation.Status == InvitationStatus.Pending
                ? Decision<DrawEvent>.Accept(new NotificationFailed(c.ExpertId, invitation.SlotIndex, c.Reason, invitation.SiteId))
                : Reject(DrawRejections.InvitationClosed, $"The invitation of {c.ExpertId} is already {invitation.Status.ToString().ToLowerInvariant()}.");
        }

        return MoveOn(state, c.ExpertId, step => step is InviteStep invite ? new NotificationFailed(c.ExpertId, step.SlotIndex, c.Reason, invite.SiteId) : null);
    }

    private static Decision<DrawEvent> Answer(DrawState state, string tokenHash, DateTimeOffset now, Func<Invitation, DrawEvent> toEvent)
    {
        var invitation = state.Invitations.FirstOrDefault(i => i.TokenHash is not null && i.TokenHash == tokenHash);
        if (invitation is null)
        {
            return Reject(DrawRejections.UnknownToken, "This token does not belong to an invitation of this draw.");
        }

        if (invitation.Status != InvitationStatus.Pending)
        {
            return Reject(DrawRejections.InvitationClosed, $"The invitation is already {invitation.Status.ToString().ToLowerInvariant()}.");
        }

        return now > invitation.Deadline
            ? Reject(DrawRejections.InvitationExpired, $"The answer was due by {invitation.Deadline:u}.")
            : Decision<DrawEvent>.Accept(toEvent(invitation));
    }

    private static Decision<DrawEvent> Reveal(DrawState state, RevealSecret c)
    {
        if (state.Rounds.IsEmpty)
        {
            return Reject(DrawRejections.NotDrawn, "Nothing was drawn yet.");
        }

        if (state.RevealedSecret is not null)
        {
            return state.RevealedSecret == c.Secret ? Decision<DrawEvent>.Accept() : Reject(DrawRejections.AlreadyRevealed, "The secret is already revealed.");
        }

        return DrawSeed.Opens(state.SecretCommitment!, c.Secret)
            ? Decision<DrawEvent>.Accept(new SecretRevealed(c.Secret))
            : Reject(DrawRejections.SecretMismatch, "This secret does not match the commitment recorded before the draw.");
    }

    private static DrawState Set(DrawState state, string expertId, InvitationStatus status, string? reason)
    {
        var index = state.Invitations.FindIndex(i => i.ExpertId == expertId);
        return state with { Invitations = state.Invitations.SetItem(index, state.Invitations[index] with { Status = status, Reason = reason }) };
    }

    internal static Decision<DrawEvent> Reject(string code, string message) => Decision<DrawEvent>.Reject(code, message);
}
