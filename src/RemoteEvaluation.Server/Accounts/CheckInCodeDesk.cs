using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using RemoteEvaluation.Domain;
using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Attendance;
using RemoteEvaluation.Domain.CheckInCodes;
using RemoteEvaluation.Domain.Committee;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Grains.CheckInCodes;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Grains.Sessions;
using RemoteEvaluation.Server.Authorization;

namespace RemoteEvaluation.Server.Accounts;

/// <summary>
/// The check-in desk (签到台): staff who verified an expert's identity issue a one-time code; the expert exchanges it
/// for a token bound to (session, expert, site). Each code is its own stream (<c>checkin-code/{session}:{id}</c>): the
/// event store's version check makes "used once" hold on every node, and the log records who issued which code
/// and when it was used. Only a salted hash of the secret is stored.
/// </summary>
public sealed class CheckInCodeDesk(
    IGrainFactory grains,
    IAuthorizationService authorization,
    IPasswordHasher<CheckInCodeState> hasher,
    ExpertAccess experts,
    TimeProvider time,
    IOptions<AuthOptions> options,
    ILogger<CheckInCodeDesk> logger)
{
    public const string InvalidCode = "auth.invalid_code";
    public const string InvalidCodeMessage = "This check-in code is not valid for this session; check what you typed or ask the staff at your centre for a new one.";

    private readonly Lazy<string> standIn = new(() => hasher.HashPassword(CheckInCodeState.Empty, "standin-" + Guid.NewGuid().ToString("N")));

    /// <summary>Issues a code for <paramref name="expertId"/> if <paramref name="staff"/> works at the centre where that member sits.</summary>
    public async Task<DeskAnswer<IssuedCheckInCode>> IssueAsync(ClaimsPrincipal staff, string sessionId, string expertId)
    {
        var session = (await grains.GetGrain<ISessionGrain>(sessionId).GetSnapshotAsync()).State;
        if (session.Phase == SessionPhase.None)
        {
            return Fail(SessionRejections.NotScheduled, "There is no such session.", StatusCodes.Status404NotFound);
        }

        if (session.Phase >= SessionPhase.Closed)
        {
            return Fail(AccessRejections.SessionClosed, "The session is over; no more check-in codes.", StatusCodes.Status409Conflict);
        }

        var member = session.Member(expertId);
        if (member is null)
        {
            return Fail(CheckInRejections.UnknownMember, $"{expertId} has no seat on this committee.", StatusCodes.Status404NotFound);
        }

        if (!member.IsActive)
        {
            return Fail(CheckInRejections.MemberReplaced, $"{expertId} was recorded {member.Status} and is being replaced.", StatusCodes.Status409Conflict);
        }

        if (!(await authorization.AuthorizeAsync(staff, Policies.SiteStaffOf(member.Member.SiteId))).Succeeded)
        {
            return Fail(CheckInRejections.WrongSite, $"{expertId} sits at centre {member.Member.SiteId}; only that centre's staff can verify them and issue their code.", StatusCodes.Status403Forbidden);
        }

        var now = time.GetUtcNow();
        var expiresAt = now + options.Value.CheckInCodeLifetime;
        var issuedBy = staff.Identity!.Name!;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var (id, secret) = CheckInCodeFormat.New();
            var command = new IssueCheckInCode(sessionId, expertId, member.Member.SiteId, issuedBy, hasher.HashPassword(CheckInCodeState.Empty, secret), expiresAt);
            var context = new CommandContext($"issue-{Guid.NewGuid():N}", issuedBy, staff.FindFirstValue(ClaimTypes.Role), staff.SiteOf());
            var result = await grains.GetGrain<ICheckInCodeGrain>(CheckInCodeFormat.Key(sessionId, id)).ExecuteAsync(command, context);
            if (result.Accepted)
            {
                AccountsLog.CheckInCodeIssued(logger, expertId, sessionId, issuedBy);
                return new IssuedCheckInCode(CheckInCodeFormat.Display(id, secret), sessionId, expertId, expiresAt);
            }

            if (result.Rejection!.Code != CheckInCodeRejections.AlreadyIssued)
            {
                return Fail(result.Rejection, StatusCodes.Status400BadRequest);
            }
        }

        return Fail(GrainRejections.Contended, "Could not find a free code id; try again.", StatusCodes.Status409Conflict);
    }

    /// <summary>Exchanges a code, once, for the expert's token.</summary>
    public async Task<DeskAnswer<ExpertToken>> ExchangeAsync(string? sessionId, string? typed)
    {
        var parsed = CheckInCodeFormat.Parse(typed);
        if (string.IsNullOrWhiteSpace(sessionId) || parsed is not { } code)
        {
            return Refuse(sessionId ?? string.Empty, InvalidCode, InvalidCodeMessage);
        }

        var grain = grains.GetGrain<ICheckInCodeGrain>(CheckInCodeFormat.Key(sessionId, code.Id));
        var state = await grain.GetStateAsync();
        var hash = state.Issued && state.SessionId == sessionId ? state.SecretHash! : standIn.Value;
        if (hasher.VerifyHashedPassword(state, hash, code.Secret) == PasswordVerificationResult.Failed || !state.Issued)
        {
            return Refuse(sessionId, InvalidCode, InvalidCodeMessage);
        }

        var session = (await grains.GetGrain<ISessionGrain>(sessionId).GetSnapshotAsync()).State;
        var member = session.Member(state.ExpertId!);
        if (session.Phase >= SessionPhase.Closed || member is not { IsActive: true } || member.Member.SiteId != state.SiteId)
        {
            return Refuse(sessionId, AccessRejections.NotAMember, "This seat is no longer open to you in this session; ask the staff at your centre.");
        }

        var redeemed = await grain.ExecuteAsync(new RedeemCheckInCode(), new CommandContext($"redeem-{Guid.NewGuid():N}", state.ExpertId, RoleNames.Expert, state.SiteId));
        if (redeemed.Rejection is { } rejection)
        {
            return Refuse(sessionId, rejection.Code, rejection.Message);
        }

        var role = member.Member.Kind == MemberKind.TendererRepresentative ? ActorRole.TendererRepresentative : ActorRole.Expert;
        var token = experts.Issue(sessionId, state.ExpertId!, state.SiteId!, time.GetUtcNow() + options.Value.ExpertTokenLifetime, role);
        AccountsLog.ExpertTokenIssued(logger, token.ExpertId, sessionId, token.ExpiresAt);
        return token;
    }

    private DeskAnswer<ExpertToken> Refuse(string sessionId, string code, string message)
    {
        AccountsLog.CheckInCodeRefused(logger, sessionId, code);
        return new DeskAnswer<ExpertToken>(default, new Rejection(code, message), StatusCodes.Status401Unauthorized);
    }

    private static DeskAnswer<IssuedCheckInCode> Fail(string code, string message, int status) => new(default, new Rejection(code, message), status);

    private static DeskAnswer<IssuedCheckInCode> Fail(Rejection rejection, int status) => new(default, rejection, status);
}

/// <summary>A value or a rejection with the HTTP status it answers with.</summary>
public sealed record DeskAnswer<T>(T? Value, Rejection? Rejection, int Status = StatusCodes.Status200OK)
{
    public static implicit operator DeskAnswer<T>(T value) => new(value, null);
}

/// <summary>A code as handed to the expert (once; it cannot be shown again).</summary>
public sealed record IssuedCheckInCode(string Code, string SessionId, string ExpertId, DateTimeOffset ExpiresAt);
