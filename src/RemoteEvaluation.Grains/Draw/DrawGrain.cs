using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Committee;
using RemoteEvaluation.Domain.Draw;
using RemoteEvaluation.Domain.Experts;
using RemoteEvaluation.Domain.Sites;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Grains.Experts;
using RemoteEvaluation.Grains.Notifications;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Grains.Sessions;
using RemoteEvaluation.Grains.Sites;

namespace RemoteEvaluation.Grains.Draw;

/// <summary>The draw grain: <see cref="DrawDecider"/> over stream <c>draw/{id}</c>, plus the notifying loop.</summary>
public sealed class DrawGrain(GrainServices services, IExpertPool pool, INotificationGateway gateway, IGrainFactory grains)
    : EventSourcedGrain<DrawDecider, DrawState, DrawCommand, DrawEvent>(services), IDrawGrain
{
    protected override string StreamKind => "draw";

    public Task<CommandResult> RequestAsync(DrawRequest request, string secretCommitment, CommandContext context) =>
        ExecuteAsync(new RequestDraw(request, secretCommitment), context);

    public async Task<CommandResult> PerformAsync(string secret, string supervisorValue, CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        await CatchUpAsync(CancellationToken.None);
        if (State.Request is not { } request)
        {
            return await ExecuteAsync(new PerformDraw(secret, supervisorValue, [], null, []), context);
        }

        var host = await grains.GetGrain<ISiteGrain>(request.HostSiteId).GetSnapshotAsync();
        var province = host.State.Region.Value is null ? request.Project.Region.Province.Value : host.State.Region.Province.Value;
        var codes = request.Slots.Select(s => s.SpecialtyCode).ToList();
        var home = await pool.HomePoolAsync(province, codes);
        var linked = new FallbackPool($"outside-{province}", await pool.LinkedPoolAsync(province, codes));
        var offers = State.Rounds.IsEmpty ? await SeatOffersAsync(host.State.LinkedSiteIds, request) : [];
        var result = await ExecuteAsync(new PerformDraw(secret, supervisorValue, home, linked, offers), context);
        return result.Accepted ? await AdvanceAsync(result, context) : result;
    }

    public async Task<CommandResult> ConfirmAsync(string token, CommandContext context)
    {
        var tokenHash = DrawSeed.Commitment(token ?? string.Empty);
        var result = await ExecuteAsync(new ConfirmInvitation(tokenHash), context);
        if (result.Accepted && State.Request is { } request
            && State.Invitations.FirstOrDefault(i => i.TokenHash == tokenHash) is { Status: InvitationStatus.Confirmed } invitation)
        {
            // The expert's record learns of the session, for the recent-service and same-time rules of later draws.
            var assignment = new Assignment(request.SessionId, Key, request.Project.TendererId, request.SessionFrom, request.SessionTo);
            await grains.GetGrain<IExpertGrain>(invitation.ExpertId)
                .ExecuteAsync(new RecordAssignment(assignment), context with { CommandId = $"{Key}:assignment:{invitation.ExpertId}" });
            await SeatAsync(request.SessionId, invitation.ExpertId);
        }

        return result;
    }

    public async Task<CommandResult> DeclineAsync(string token, string reason, CommandContext context) =>
        await AdvanceAsync(await ExecuteAsync(new DeclineInvitation(DrawSeed.Commitment(token ?? string.Empty), reason), context), context);

    public async Task<CommandResult> ExpireAsync(CommandContext context) =>
        await AdvanceAsync(await ExecuteAsync(new ExpireInvitations(), context), context);

    public async Task<CommandResult> ReplaceAsync(string expertId, string reason, CommandContext context) =>
        await AdvanceAsync(await ExecuteAsync(new ReplaceExpert(expertId, reason), context), context);

    public Task<CommandResult> RevealAsync(string secret, CommandContext context) => ExecuteAsync(new RevealSecret(secret), context);

    public async Task<DrawSnapshot> GetSnapshotAsync()
    {
        await CatchUpAsync(CancellationToken.None);
        return new DrawSnapshot(Key, Version, State, DrawProgress.ShortSlots(State));
    }

    public async Task<DrawRecord> ExportAsync()
    {
        await CatchUpAsync(CancellationToken.None);
        return DrawRecord.From(Key, State);
    }

    /// <summary>
    /// Notifies the next candidates until every slot has enough pending or confirmed experts or the drawn orders
    /// run out. A failed notice or a candidate without a seat is recorded with the reason and passed over.
    /// </summary>
    private async Task<CommandResult> AdvanceAsync(CommandResult result, CommandContext context)
    {
        if (!result.Accepted)
        {
            return result;
        }

        var last = result;
        while (DrawProgress.Next(State) is { } step)
        {
            // Each candidate is reached once, so the expert id makes the step's command id unique and a retry harmless.
            var stepContext = context with { CommandId = $"{Key}:reach:{step.ExpertId}" };
            last = step switch
            {
                InviteStep invite => await InviteAsync(invite, stepContext),
                SkipStep skip => await ExecuteAsync(new SkipCandidate(skip.ExpertId), stepContext),
                _ => throw new InvalidOperationException($"Unknown draw step {step}."),
            };

            if (!last.Accepted)
            {
                // Another node moved the draw meanwhile; its own loop carries on from the log.
                break;
            }
        }

        await ReleaseSeatsAsync(context);
        return result with { Version = last.Version };
    }

    private async Task<CommandResult> InviteAsync(InviteStep step, CommandContext context)
    {
        var request = State.Request!;

        // Hold the seat in the centre's calendar before the expert hears of it; released if the invitation ends unconfirmed.
        var seat = await grains.GetGrain<ISiteGrain>(step.SiteId).ExecuteAsync(
            new BookSeats(SeatBookingId(step.ExpertId), request.SessionId, request.HostSiteId, request.SessionFrom, request.SessionTo, 1),
            context with { CommandId = $"{Key}:seat:{step.ExpertId}" });
        if (seat.Rejection is { } refused)
        {
            return await ExecuteAsync(new RecordSeatRefused(step.ExpertId, $"{refused.Code}: {refused.Message}"), context);
        }

        // Recorded first: the notice then always carries the token of the recorded invitation. If another node reached
        // this candidate first, its invitation stands and this node sends nothing.
        var (token, hash) = DrawSecret.NewToken();
        var recorded = await ExecuteAsync(new RecordInvitation(step.ExpertId, hash), context);
        if (!recorded.Accepted || recorded.Duplicate)
        {
            return recorded;
        }

        var invitation = State.Invitations.First(i => i.ExpertId == step.ExpertId);
        NotificationOutcome outcome;
        try
        {
            outcome = await gateway.NotifyAsync(new InvitationNotice(Key, step.ExpertId, step.SiteId, request.SessionFrom, invitation.Deadline!.Value, token));
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException or TaskCanceledException or InvalidOperationException)
        {
            outcome = NotificationOutcome.Failed($"gateway fault: {e.Message}");
        }

        // A crash before this line leaves the invitation pending without a notice; it expires and the draw moves on.
        return outcome.Delivered
            ? recorded
            : await ExecuteAsync(new RecordNotificationFailure(step.ExpertId, outcome.Failure ?? "not delivered"), context with { CommandId = $"{Key}:notice-failed:{step.ExpertId}" });
    }

    /// <summary>Cancels the held seat of every invitation that ended without a confirmation (idempotent per expert).</summary>
    private async Task ReleaseSeatsAsync(CommandContext context)
    {
        foreach (var ended in State.Invitations.Where(i => i.SiteId is not null && i.Status is not (InvitationStatus.Pending or InvitationStatus.Confirmed)))
        {
            await grains.GetGrain<ISiteGrain>(ended.SiteId!).ExecuteAsync(
                new CancelBooking(SeatBookingId(ended.ExpertId), $"draw {Key}: {ended.Status.ToString().ToLowerInvariant()}"),
                context with { CommandId = $"{Key}:release:{ended.ExpertId}" });
        }
    }

    /// <summary>
    /// Seats the committee in the session once every line is confirmed, or a confirmed replacement in the seat the
    /// session asked to fill — as the draw (system actor), so no person types the names in (四不知). A session that
    /// refuses (not scheduled yet, a centre not linked) keeps its rejection; nothing is seated then.
    /// </summary>
    private async Task SeatAsync(string sessionId, string confirmedExpertId)
    {
        var session = grains.GetGrain<ISessionGrain>(sessionId);
        var state = (await session.GetSnapshotAsync()).State;
        var context = CommandContext.System($"{Key}:seat-member:{confirmedExpertId}");
        if (state.Members.IsEmpty)
        {
            var committee = DrawSeating.Committee(State);
            if (committee.Count > 0)
            {
                await session.ExecuteAsync(new SeatCommittee(Actor.Draw, [.. committee]), context with { CommandId = $"{Key}:seat-committee" });
            }

            return;
        }

        var seated = state.Members.Select(m => m.Member.PersonId).ToList();
        if (DrawSeating.Replacement(State, confirmedExpertId, seated, state.PendingReplacements) is { } replacement)
        {
            await session.ExecuteAsync(new SeatReplacement(Actor.Draw, replacement.Replaces, replacement.Replacement), context);
        }
    }

    private string SeatBookingId(string expertId) => $"{Key}:{expertId}";

    private async Task<IReadOnlyList<SeatOffer>> SeatOffersAsync(IEnumerable<string> linkedSiteIds, DrawRequest request)
    {
        List<SeatOffer> offers = [];
        foreach (var siteId in linkedSiteIds)
        {
            var site = await grains.GetGrain<ISiteGrain>(siteId).GetSnapshotAsync();
            var free = site.State.FreeSeats(request.SessionFrom, request.SessionTo);
            if (site.State.IsRegistered && free > 0)
            {
                offers.Add(new SeatOffer(siteId, site.State.Region, free));
            }
        }

        return offers;
    }
}
