using System.Collections.Immutable;
using RemoteEvaluation.Domain.Blind;
using RemoteEvaluation.Domain.Clarifications;
using RemoteEvaluation.Domain.Committee;
using RemoteEvaluation.Domain.Documents;
using RemoteEvaluation.Domain.Fees;
using RemoteEvaluation.Domain.Presence;
using RemoteEvaluation.Domain.Ranking;
using RemoteEvaluation.Domain.Reports;
using RemoteEvaluation.Domain.Review;
using RemoteEvaluation.Domain.Scoring;
using RemoteEvaluation.Domain.Settings;
using RemoteEvaluation.Domain.Summary;

namespace RemoteEvaluation.Domain.Sessions;

/// <summary>The state of one evaluation session (评标会), folded from its events.</summary>
public sealed record SessionState
{
    public static readonly SessionState Empty = new();

    public SessionPhase Phase { get; init; }

    public string? ProjectCode { get; init; }

    public string? ProjectName { get; init; }

    public string? HostSiteId { get; init; }

    public DateTimeOffset? StartsAt { get; init; }

    public ImmutableList<string> RemoteSiteIds { get; init; } = [];

    public decimal EstimatedValue { get; init; }

    public EvaluationSettings Settings { get; init; } = EvaluationSettings.Default;

    public CriteriaTemplate? Criteria { get; init; }

    public ImmutableList<Bid> Bids { get; init; } = [];

    /// <summary>Every member ever seated, in roster order; replacements are appended.</summary>
    public ImmutableList<MemberState> Members { get; init; } = [];

    /// <summary>Person ids whose seats wait for a replacement.</summary>
    public ImmutableList<string> PendingReplacements { get; init; } = [];

    public DateTimeOffset? OpenedAt { get; init; }

    public Suspension? Suspension { get; init; }

    public ImmutableDictionary<string, string> ChairVotes { get; init; } = ImmutableDictionary<string, string>.Empty;

    public string? ChairId { get; init; }

    public ImmutableList<PreCheckFinding> PreCheck { get; init; } = [];

    public ImmutableList<ReviewSubmission> ReviewSubmissions { get; init; } = [];

    /// <summary>Null until the review is concluded.</summary>
    public ImmutableList<BidReviewOutcome>? ReviewOutcomes { get; init; }

    public ImmutableList<Clarification> Clarifications { get; init; } = [];

    public long? Seed { get; init; }

    public ImmutableList<ObjectiveScore> ObjectiveScores { get; init; } = [];

    public ImmutableList<BlindAssignment> BlindAssignments { get; init; } = [];

    public bool IdentitiesRevealed { get; init; }

    /// <summary>Score sheets as they stand, re-check corrections applied (the log keeps the originals).</summary>
    public ImmutableList<ScoreSheet> Sheets { get; init; } = [];

    public SummaryTable? Summary { get; init; }

    public ImmutableList<DeviationExplanation> Explanations { get; init; } = [];

    public ImmutableList<Recheck> Rechecks { get; init; } = [];

    public ImmutableList<string> TendererOrder { get; init; } = [];

    public RankingResult? Ranking { get; init; }

    public EvaluationReport? Report { get; init; }

    public ImmutableList<ReportSignature> Signatures { get; init; } = [];

    public DateTimeOffset? ClosedAt { get; init; }

    public ImmutableList<ExpertFee>? Fees { get; init; }

    public bool ConductRecorded { get; init; }

    public string? FinalChainHash { get; init; }

    /// <summary>The document position the presenter last showed (当前展示文档); null until one is shown.</summary>
    public DocumentView? OnScreen { get; init; }

    /// <summary>The registered documents (评标文件), in registration order.</summary>
    public ImmutableList<RegisteredDocument> Documents { get; init; } = [];

    /// <summary>Who is connected from where and which centres are silent, as recorded.</summary>
    public PresenceState Presence { get; init; } = PresenceState.Empty;

    public bool IsSuspended => Suspension is not null;

    public bool IsBlind => Settings.BlindTechnicalReview;

    public IEnumerable<MemberState> ActiveMembers => Members.Where(m => m.IsActive);

    public MemberState? Member(string personId)
    {
        // A loop, not LINQ: asked for every member audience of every pushed event, and the list's own enumerator allocates nothing.
        foreach (var member in Members)
        {
            if (member.PersonId == personId)
            {
                return member;
            }
        }

        return null;
    }

    public bool IsCheckedInMember(string personId) => Member(personId) is { Status: MemberStatus.CheckedIn };

    public bool IsSiteOfSession(string siteId) => siteId == HostSiteId || RemoteSiteIds.Contains(siteId);

    public RegisteredDocument? Document(string documentId) => Documents.FirstOrDefault(d => d.DocumentId == documentId);

    public Bid? Bid(string bidderId) => Bids.FirstOrDefault(b => b.BidderId == bidderId);

    /// <summary>The bids still in the evaluation: all of them before the review concludes, then those that passed.</summary>
    public ImmutableList<Bid> ValidBids => ReviewOutcomes is null
        ? Bids
        : Bids.Where(b => ReviewOutcomes.Any(o => o.BidderId == b.BidderId && o.Passed)).ToImmutableList();

    public ScoreSheet? Sheet(string expertId, string bidderId, PartKind part) =>
        Sheets.FirstOrDefault(s => s.ExpertId == expertId && s.BidderId == bidderId && s.Part == part);

    public BlindAssignment? BlindAssignmentOf(string expertId)
    {
        foreach (var assignment in BlindAssignments)
        {
            if (assignment.ExpertId == expertId)
            {
                return assignment;
            }
        }

        return null;
    }

    internal SessionState WithMember(string personId, Func<MemberState, MemberState> change)
    {
        var index = Members.FindIndex(m => m.PersonId == personId);
        return index < 0 ? this : this with { Members = Members.SetItem(index, change(Members[index])) };
    }
}
