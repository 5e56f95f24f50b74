namespace RemoteEvaluation.Domain.CheckInCodes;

/// <summary>
/// The rules of a one-time check-in code (一次性签到码): issued once, usable once, and not after it expires.
/// Two nodes redeeming the same code race on the stream version; the loser decides again and finds it used.
/// </summary>
public sealed class CheckInCodeDecider : IDecider<CheckInCodeState, CheckInCodeCommand, CheckInCodeEvent>
{
    public static CheckInCodeState Initial => CheckInCodeState.Empty;

    public static Decision<CheckInCodeEvent> Decide(CheckInCodeState state, CheckInCodeCommand command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        return command switch
        {
            IssueCheckInCode c => Issue(state, c, now),
            RedeemCheckInCode => Redeem(state, now),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command?.GetType().Name, "Unknown check-in code command."),
        };
    }

    public static CheckInCodeState Evolve(CheckInCodeState state, CheckInCodeEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(state);
        return recorded switch
        {
            CheckInCodeIssued e => state with
            {
                Issued = true,
                SessionId = e.SessionId,
                ExpertId = e.ExpertId,
                SiteId = e.SiteId,
                SecretHash = e.SecretHash,
                ExpiresAt = e.ExpiresAt,
            },
            CheckInCodeRedeemed e => state with { RedeemedAt = e.At },
            _ => state,
        };
    }

    private static Decision<CheckInCodeEvent> Issue(CheckInCodeState state, IssueCheckInCode c, DateTimeOffset now)
    {
        if (state.Issued)
        {
            return Decision<CheckInCodeEvent>.Reject(CheckInCodeRejections.AlreadyIssued, "This code id is taken; issue a new code.");
        }

        if (new[] { c.SessionId, c.ExpertId, c.SiteId, c.IssuedBy, c.SecretHash }.Any(string.IsNullOrWhiteSpace))
        {
            return Decision<CheckInCodeEvent>.Reject(CheckInCodeRejections.FieldRequired, "A code names the session, the expert, the centre, who issued it and the hash of its secret.");
        }

        return c.ExpiresAt <= now
            ? Decision<CheckInCodeEvent>.Reject(CheckInCodeRejections.Expired, "A code must expire in the future.")
            : Decision<CheckInCodeEvent>.Accept(new CheckInCodeIssued(c.SessionId, c.ExpertId, c.SiteId, c.IssuedBy, c.SecretHash, now, c.ExpiresAt));
    }

    private static Decision<CheckInCodeEvent> Redeem(CheckInCodeState state, DateTimeOffset now)
    {
        if (!state.Issued)
        {
            return Decision<CheckInCodeEvent>.Reject(CheckInCodeRejections.Unknown, "No such check-in code; ask the staff at your centre for a new one.");
        }

        if (state.IsRedeemed)
        {
            return Decision<CheckInCodeEvent>.Reject(CheckInCodeRejections.AlreadyUsed, "This check-in code was already used; ask the staff at your centre for a new one.");
        }

        return now >= state.ExpiresAt
            ? Decision<CheckInCodeEvent>.Reject(CheckInCodeRejections.Expired, "This check-in code has expired; ask the staff at your centre for a new one.")
            : Decision<CheckInCodeEvent>.Accept(new CheckInCodeRedeemed(now));
    }
}
