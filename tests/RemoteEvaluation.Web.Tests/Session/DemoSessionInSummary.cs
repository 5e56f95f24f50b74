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
/// </summary>
public static class DemoSessionInSummary
{
    public const decimal Score = 8;

    public static async Task BringAsync(IServiceProvider services, string sessionId = SeatedDemoSession.Id)
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
            var items = criteria.Parts.Single(p => p.Kind == part).Items.Select(i => new ItemScore(i.Id, Score));
            foreach (var member in members)
            {
                var state = (await session.GetSnapshotAsync()).State;
                foreach (var bid in state.ValidBids)
                {
                    var key = state.IsBlind && part == PartKind.Technical ? state.BlindAssignmentOf(member.PersonId)!.CodeOf(bid.BidderId)! : bid.BidderId;
                    var id = $"summary:sheet:{member.PersonId}:{bid.BidderId}:{part}";
                    await SeatedDemoSession.SendAsync(session, id, new SubmitScoreSheet(member, member.PersonId, key, part, [.. items]));
                    await SeatedDemoSession.SendAsync(session, $"{id}:sign", new SignScoreSheet(member, member.PersonId, key, part));
                }
            }
        }

        await SeatedDemoSession.SendAsync(session, "summary:start", new StartSummary(SeatedDemoSession.Host));
    }
}
