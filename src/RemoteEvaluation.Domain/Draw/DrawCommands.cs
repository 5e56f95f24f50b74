namespace RemoteEvaluation.Domain.Draw;

/// <summary>A command to one expert draw (专家抽取).</summary>
public abstract record DrawCommand;

/// <summary>Open a draw for a request and commit to a secret by its SHA-256 (承诺), before anything is drawn.</summary>
public sealed record RequestDraw(DrawRequest Request, string SecretCommitment) : DrawCommand;

/// <summary>
/// Run a round of the draw (抽取; round 0 first, later rounds are replacement draws 补抽 when the drawn orders run
/// out): the secret must open the commitment; the pool and seat offers are the snapshot the round runs on.
/// </summary>
public sealed record PerformDraw(string Secret, string SupervisorValue, IReadOnlyList<PoolExpert> Pool, FallbackPool? Fallback, IReadOnlyList<SeatOffer> SeatOffers) : DrawCommand;

/// <summary>The next candidate was notified (通知) with a token whose SHA-256 is recorded; the answer is due by the deadline.</summary>
public sealed record RecordInvitation(string ExpertId, string TokenHash) : DrawCommand;

/// <summary>Notifying the next candidate failed; the draw moves on to the one after and records why.</summary>
public sealed record RecordNotificationFailure(string ExpertId, string Reason) : DrawCommand;

/// <summary>The seat the next candidate was placed at could not be booked (taken meanwhile); the draw moves on and records why.</summary>
public sealed record RecordSeatRefused(string ExpertId, string Reason) : DrawCommand;

/// <summary>The next candidate cannot be placed (no free seat near enough); the draw moves on and records why.</summary>
public sealed record SkipCandidate(string ExpertId) : DrawCommand;

/// <summary>The invited expert confirms (确认参评) by the token's hash, before the deadline.</summary>
public sealed record ConfirmInvitation(string TokenHash) : DrawCommand;

/// <summary>The invited expert declines (拒绝参评) by the token's hash.</summary>
public sealed record DeclineInvitation(string TokenHash, string Reason) : DrawCommand;

/// <summary>Close every invitation whose deadline has passed without an answer (超时未答复).</summary>
public sealed record ExpireInvitations : DrawCommand;

/// <summary>The session asks for a replacement (替补) of a confirmed expert: absent or declared a conflict.</summary>
public sealed record ReplaceExpert(string ExpertId, string Reason) : DrawCommand;

/// <summary>Reveal the secret when the session closes (公开密钥), so anyone can re-run the draw.</summary>
public sealed record RevealSecret(string Secret) : DrawCommand;
