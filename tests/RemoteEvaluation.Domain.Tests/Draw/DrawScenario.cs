using RemoteEvaluation.Domain;
using RemoteEvaluation.Domain.Draw;
using RemoteEvaluation.Domain.Experts;

namespace RemoteEvaluation.Domain.Tests.Draw;

/// <summary>Builds pools, requests and draws for the draw tests; every value is fixed so every run is the same.</summary>
internal static class DrawScenario
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset SessionFrom = new(2026, 12, 1, 1, 0, 0, TimeSpan.Zero);
    public const string Secret = "0123456789abcdef0123456789abcdef";
    public static readonly RegionCode Hangzhou = RegionCode.Parse("330106");
    public static readonly RegionCode Ningbo = RegionCode.Parse("330203");
    public static readonly RegionCode Wenzhou = RegionCode.Parse("330302");

    public static ExpertState Expert(RegionCode? region = null, params string[] specialties) => new()
    {
        Status = ExpertStatus.Active,
        Name = "专家",
        IdNumber = "x",
        BirthDate = new DateOnly(1975, 5, 5),
        Region = region ?? Ningbo,
        Specialties = specialties.Length == 0 ? ["C0501"] : [.. specialties],
        Qualification = Qualification.Senior,
    };

    public static List<PoolExpert> Pool(int count, string prefix = "e", RegionCode? region = null, string specialty = "C0501") =>
        [.. Enumerable.Range(0, count).Select(i => new PoolExpert($"{prefix}-{i:D4}", Expert(region, specialty)))];

    public static DrawRequest Request(AvoidanceRules? rules = null, IReadOnlyList<DrawSlot>? slots = null, int? randomSites = null, int reserve = 5) => new(
        "s-1",
        "site-hz",
        new DrawProject("P-1", "tenderer-1", "某招标人", Hangzhou, [new Bidder("bidder-1", "甲公司", ["person-1"]), new Bidder("bidder-2", "乙公司", [])], ["dept-1"]),
        slots ?? [new DrawSlot("C05", 5)],
        SessionFrom,
        SessionFrom.AddHours(6),
        rules ?? AvoidanceRules.All,
        DrawSettings.Default with { ReservePerSlot = reserve },
        RandomRemoteSites: randomSites);

    public static IReadOnlyList<SeatOffer> Seats(int perSite = 20) =>
        [new SeatOffer("site-nb", Ningbo, perSite), new SeatOffer("site-wz", Wenzhou, perSite)];

    /// <summary>Folds events into a state, the way a grain does.</summary>
    public static DrawState Fold(DrawState state, Decision<DrawEvent> decision)
    {
        Assert.False(decision.IsRejected, decision.Rejection?.ToString());
        return decision.Events.Aggregate(state, DrawDecider.Evolve);
    }

    public static DrawState Given(DrawRequest request, IReadOnlyList<PoolExpert> pool, IReadOnlyList<SeatOffer>? seats = null, string supervisorValue = "4711", FallbackPool? fallback = null)
    {
        var state = Fold(DrawState.Empty, DrawDecider.Decide(DrawState.Empty, new RequestDraw(request, DrawSeed.Commitment(Secret)), Now));
        return Fold(state, DrawDecider.Decide(state, new PerformDraw(Secret, supervisorValue, pool, fallback, seats ?? Seats()), Now));
    }

    /// <summary>Invites every candidate that is due, with token "t-{expertId}", and returns the state.</summary>
    public static DrawState InviteAll(DrawState state)
    {
        while (DrawProgress.Next(state) is { } step)
        {
            DrawCommand command = step is InviteStep ? new RecordInvitation(step.ExpertId, Token(step.ExpertId)) : new SkipCandidate(step.ExpertId);
            state = Fold(state, DrawDecider.Decide(state, command, Now));
        }

        return state;
    }

    public static string Token(string expertId) => DrawSeed.Commitment("token-" + expertId);

    public static IReadOnlyList<string> Invited(DrawState state) => [.. state.Invitations.Where(i => i.Status == InvitationStatus.Pending).Select(i => i.ExpertId)];
}
