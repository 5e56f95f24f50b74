namespace RemoteEvaluation.Domain.CheckInCodes;

/// <summary>
/// A one-time check-in code (签到码) as folded from its events: issued by the staff who verified an expert's identity,
/// for one session and one expert, exchanged once for that expert's token. Only a salted hash of its secret is kept.
/// </summary>
public sealed record CheckInCodeState
{
    public static readonly CheckInCodeState Empty = new();

    public bool Issued { get; init; }

    public string? SessionId { get; init; }

    public string? ExpertId { get; init; }

    public string? SiteId { get; init; }

    public string? SecretHash { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    public DateTimeOffset? RedeemedAt { get; init; }

    public bool IsRedeemed => RedeemedAt is not null;
}
