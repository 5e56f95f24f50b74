namespace RemoteEvaluation.Domain.Actors;

/// <summary>
/// Who is acting (操作人): a role, the person (for a bidder, the bidder id) and the centre
/// they act from. Every command carries one so the rules can refuse the wrong role or site.
/// </summary>
public sealed record Actor(ActorRole Role, string PersonId, string SiteId)
{
    /// <summary>The service acting on a deadline (系统), for example abandoning a session whose suspension outlasted its limit.</summary>
    public static readonly Actor System = new(ActorRole.System, "system", "system");

    public bool IsCommitteeRole => Role is ActorRole.Expert or ActorRole.TendererRepresentative;

    public bool IsStaff => Role is ActorRole.HostStaff or ActorRole.SiteStaff;

    /// <summary>The draw seating its committee (系统代抽取): the only actor allowed to seat members.</summary>
    public static Actor Draw { get; } = new(ActorRole.System, "draw", "system");

    public override string ToString() => $"{Role} {PersonId}@{SiteId}";
}
