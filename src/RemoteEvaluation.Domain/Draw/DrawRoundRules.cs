namespace RemoteEvaluation.Domain.Draw;

/// <summary>
/// Running one round (抽取/补抽): the secret must open the commitment and a supervisor value must be entered;
/// a later round is allowed only when a slot's drawn orders are used up. Experts the draw already reached are
/// left out of the new snapshot.
/// </summary>
internal static class DrawRoundRules
{
    public static Decision<DrawEvent> Perform(DrawState state, PerformDraw c)
    {
        var request = state.Request!;
        if (!DrawSeed.Opens(state.SecretCommitment!, c.Secret))
        {
            return DrawDecider.Reject(DrawRejections.SecretMismatch, "This secret does not match the commitment recorded before the draw.");
        }

        if (string.IsNullOrWhiteSpace(c.SupervisorValue))
        {
            return DrawDecider.Reject(DrawRejections.SupervisorValueRequired, "The supervisor present must enter a value (监督人输入值).");
        }

        if (!state.Rounds.IsEmpty && DrawProgress.ShortSlots(state).Count == 0)
        {
            return DrawDecider.Reject(DrawRejections.NotShort, "Every slot still has candidates in drawn order; a replacement round is not due.");
        }

        var offers = state.Rounds.IsEmpty ? c.SeatOffers : state.RemoteSites;
        if (offers.Count == 0 || offers.Sum(o => o.FreeSeats) < request.ExpertCount)
        {
            return DrawDecider.Reject(DrawRejections.InvalidRequest, $"The linked centres offer {offers.Sum(o => o.FreeSeats)} free seats for {request.ExpertCount} experts.");
        }

        var round = state.Rounds.Count;
        var reached = state.Invitations.Select(i => i.ExpertId).ToHashSet(StringComparer.Ordinal);
        var eligible = EligibleList.Build(request, c.Pool, c.Fallback, reached);
        var outcome = DrawAlgorithm.Run(request, eligible, DrawSeed.Derive(c.Secret, c.SupervisorValue, round), offers);
        List<DrawEvent> events = [.. DrawSnapshotParts.Split(round, eligible)];
        events.Add(new DrawPerformed(round, c.SupervisorValue, outcome.SnapshotHash, eligible.FallbackPoolId, offers, outcome.Slots, outcome.RemoteSites));
        events.AddRange(outcome.Slots
            .Where(s => s.Order.Any(o => o.FromFallback))
            .Select(s => new DrawFellBack(round, s.SlotIndex, eligible.FallbackPoolId!, s.EligibleCount, s.Count)));
        return Decision<DrawEvent>.Accept(events);
    }
}
