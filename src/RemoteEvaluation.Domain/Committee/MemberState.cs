namespace RemoteEvaluation.Domain.Committee;

/// <summary>A member's record in the session (委员记录): the seat, attendance, declaration and who replaced them.</summary>
public sealed record MemberState(CommitteeMember Member, MemberStatus Status = MemberStatus.Seated)
{
    public string PersonId => Member.PersonId;

    public DateTimeOffset? CheckedInAt { get; init; }

    public bool Late { get; init; }

    public bool DeclaredNoConflict { get; init; }

    public DateTimeOffset? LeftAt { get; init; }

    public string? ReplacedBy { get; init; }

    /// <summary>Seated or checked in: still part of the committee.</summary>
    public bool IsActive => Status is MemberStatus.Seated or MemberStatus.CheckedIn;
}
