using Microsoft.Extensions.DependencyInjection;
using RemoteEvaluation.Domain.Review;
using RemoteEvaluation.Domain.Scoring;
using RemoteEvaluation.Domain.Summary;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Grains.Sessions;

namespace RemoteEvaluation.Web.Tests.Session;

/// <summary>
/// The demo session (or another scheduled one) brought on from the review to the summary (汇总) without a browser: every
/// member passes every bid, the chair (the first seated) concludes the review, the host opens scoring, every member
/// submits and signs every sheet with <see cref="Score"/> on every item (blind technical sheets by the member's own
/// codes, first), and the host sums up. For tests of the summary's pages, which a browser reaches only after every sheet.
/// An <see cref="Outlier"/> gives one member's score on one item of one bid instead, so that the summary flags it.
/// </summary>
public static class DemoSessionInSummary
{
    public const decimal Score = 8;

    /// <summary>One member's score far from everyone else's <see cref="Score"/> (with the reason a low score needs).</summary>
    public sealed record Outlier(string ExpertId, string BidderId, string ItemId, decimal Score, string Reason);

    public static async Task BringAsync(IServiceProvider services, string sessionId = SeatedDemoSession.Id, Outlier? outlier = null)
    {
        await DemoSessionInReview.BringAsync(services, sessionId);
        var session = services.GetRequiredService<IGrainFactory>().GetGrain<ISessionGrain>(sessionId);
        var members = SeatedDemoSession.Committee.Select(SeatedDemoSession.MemberActor).ToList();
        var criteria = SeatedDemoSession.Criteria;
        var bids = (await session.GetSnapshotAsync()).State.Bids;
        foreach (var member in members)
        {
            foreach (var bid in bids)
            {
                await SeatedDemoSession.SendAsync(session, $"summary:verdicts:{member.PersonId}:{bid.BidderId}",
                    new SubmitReviewVerdicts(member, bid.BidderId, [.. criteria.QualificationItems.Select(q => new ItemVerdict(q.Id, true))]));
            }
        }

        await SeatedDemoSession.SendAsync(session, "summary:conclude", new ConcludeReview(members[0]));
        await SeatedDemoSession.SendAsync(session, "summary:scoring", new OpenScoring(SeatedDemoSession.Host, 42));

        // Technical sheets first: in a blind evaluation the commercial part waits for the reveal.
        foreach (var part in criteria.ScoredParts.Select(p => p.Kind).OrderBy(k => k != PartKind.Technical))
        {
            var items = criteria.Parts.Single(p => p.Kind == part).Items;
            foreach (var member in members)
            {
                var state = (await session.GetSnapshotAsync()).State;
                foreach (var bid in state.ValidBids)
                {
                    var key = state.IsBlind && part == PartKind.Technical ? state.BlindAssignmentOf(member.PersonId)!.CodeOf(bid.BidderId)! : bid.BidderId;
                    var id = $"summary:sheet:{member.PersonId}:{bid.BidderId}:{part}";
                    var scores = items.Select(i => outlier is not null && (outlier.ExpertId, outlier.BidderId, outlier.ItemId) == (member.PersonId, bid.BidderId, i.Id)
                        ? new ItemScore(i.Id, outlier.Score, outlier.Reason)
                        : new ItemScore(i.Id, Score));
                    await SeatedDemoSession.SendAsync(session, id, new SubmitScoreSheet(member, member.PersonId, key, part, [.. scores]));
                    await SeatedDemoSession.SendAsync(session, $"{id}:sign", new SignScoreSheet(member, member.PersonId, key, part));
                }
            }
        }

        await SeatedDemoSession.SendAsync(session, "summary:start", new StartSummary(SeatedDemoSession.Host));
    }
}
