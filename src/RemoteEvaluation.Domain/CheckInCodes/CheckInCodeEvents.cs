namespace RemoteEvaluation.Domain.CheckInCodes;

/// <summary>Something that happened to a check-in code (签到码事件). The secret itself is never recorded.</summary>
public abstract record CheckInCodeEvent;

/// <summary>A code was issued to an expert whose identity the staff verified (签到码已发放).</summary>
[EventType("checkin_code.issued")]
public sealed record CheckInCodeIssued(
    string SessionId,
    string ExpertId,
    string SiteId,
    string IssuedBy,
    string SecretHash,
    DateTimeOffset At,
    DateTimeOffset ExpiresAt) : CheckInCodeEvent;

/// <summary>The code was exchanged for the expert's token (签到码已使用); it can never be used again.</summary>
[EventType("checkin_code.redeemed")]
public sealed record CheckInCodeRedeemed(DateTimeOffset At) : CheckInCodeEvent;
