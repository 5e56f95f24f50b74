namespace RemoteEvaluation.Domain.Committee;

/// <summary>A seat on the evaluation committee (评标委员会成员): who, what kind, at which centre, from which pool.</summary>
public sealed record CommitteeMember(string PersonId, MemberKind Kind, string SiteId, string PoolId);
