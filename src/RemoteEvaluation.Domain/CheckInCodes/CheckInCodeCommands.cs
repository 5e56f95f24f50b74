namespace RemoteEvaluation.Domain.CheckInCodes;

/// <summary>A command to one check-in code (签到码指令).</summary>
public abstract record CheckInCodeCommand;

/// <summary>
/// Issue a check-in code (发放签到码) for a session member seated at <paramref name="SiteId"/>; <paramref name="IssuedBy"/> is the
/// staff member who verified the identity. The roster check is the caller's (it reads the session); the secret arrives hashed.
/// </summary>
public sealed record IssueCheckInCode(
    string SessionId,
    string ExpertId,
    string SiteId,
    string IssuedBy,
    string SecretHash,
    DateTimeOffset ExpiresAt) : CheckInCodeCommand;

/// <summary>Use the code (兑换签到码), once, after the caller verified the secret against the stored hash.</summary>
public sealed record RedeemCheckInCode : CheckInCodeCommand;
