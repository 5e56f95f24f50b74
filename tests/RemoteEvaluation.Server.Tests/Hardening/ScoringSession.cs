using System.Collections.Immutable;
using RemoteEvaluation.Domain.Opening;
using RemoteEvaluation.Domain.Scoring;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Server.Tests.Hubs;

namespace RemoteEvaluation.Server.Tests.Hardening;

/// <summary>
/// The hub tests' <see cref="LiveSession"/> brought to scoring, with the sheet the hardening tests send: experts e1
/// (host site-330100), e2 and e3 (site-330200), e4 (site-330300), representative r1; bids alpha, beta, gamma.
/// </summary>
internal static class ScoringSession
{
    public static ImmutableList<Bid> Bids => LiveSession.Bids;

    /// <summary>A technical sheet with t1 and t2 at 8 (the test criteria's technical part).</summary>
    public static readonly ImmutableList<ItemScore> TechnicalSheet = [new("t1", 8m), new("t2", 8m)];

    /// <summary>Everyone checked in, no conflicts, e1 chairs, every bid passes the review, scoring open.</summary>
    public static Task OpenAsync(IGrainFactory grains, string sessionId) => LiveSession.ScoringAsync(grains, sessionId);
}
