using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using RemoteEvaluation.Server.Authorization;

namespace RemoteEvaluation.Server.Accounts;

/// <summary>Sign-in (登录), sign-out and "who am I" under <c>/api/auth</c>.</summary>
public static class AuthEndpoints
{
    public const string InvalidCredentials = "auth.invalid_credentials";
    public const string AccountDisabled = "auth.account_disabled";
    public const string TooManyAttempts = "auth.too_many_attempts";

    /// <summary>One message for every failed sign-in, so the answer never tells which part was wrong.</summary>
    public const string FailedMessage = "Sign-in failed: the username or password is wrong, or the account is disabled. Ask an administrator if this persists.";

    public static RouteGroupBuilder MapAuth(this RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth");
        auth.MapPost("/login", LoginAsync).AllowAnonymous().RequireRateLimiting(RateLimits.SignIn);
        auth.MapPost("/logout", () => Results.SignOut(authenticationSchemes: [AuthSchemes.Cookie])).AllowAnonymous();
        auth.MapGet("/me", Me).RequireAuthorization();
        return api;
    }

    /// <summary>Checks the password; answers the framework's bearer token JSON, or sets the cookie when <paramref name="useCookies"/>.</summary>
    private static async Task<IResult> LoginAsync(
        LoginRequest request, bool? useCookies, AccountDirectory accounts, Passwords passwords, IOptions<AuthOptions> options, ILoggerFactory logs)
    {
        var logger = logs.CreateLogger(typeof(AuthEndpoints));
        var username = request.Username?.Trim().ToLowerInvariant() ?? string.Empty;
        var account = (await accounts.FindAsync(username))?.State;
        if (!passwords.Verify(account, request.Password))
        {
            AccountsLog.LoginRefused(logger, username, InvalidCredentials);
            return RejectionResults.Problem(InvalidCredentials, FailedMessage, StatusCodes.Status401Unauthorized);
        }

        // Only someone who knows the password learns that the account is disabled.
        if (!account!.IsActive)
        {
            AccountsLog.LoginRefused(logger, username, AccountDisabled);
            return RejectionResults.Problem(AccountDisabled, FailedMessage, StatusCodes.Status401Unauthorized);
        }

        var scheme = useCookies == true ? AuthSchemes.Cookie : AuthSchemes.Bearer;
        AccountsLog.LoggedIn(logger, username, account.Role.ToString(), scheme);
        var properties = new AuthenticationProperties { IsPersistent = false };
        return Results.SignIn(StaffPrincipal.For(account), properties, scheme);
    }

    private static IResult Me(ClaimsPrincipal user) => Results.Ok(new WhoAmI(
        user.KindOf() ?? "unknown",
        user.Identity?.Name ?? string.Empty,
        user.FindFirstValue(ReClaims.DisplayName),
        user.FindFirstValue(ClaimTypes.Role) ?? string.Empty,
        user.SiteOf(),
        user.FindFirstValue(ReClaims.Session),
        user.FindFirstValue(ReClaims.Expert),
        user.FindFirstValue(ReClaims.ExpiresAt)));
}

/// <summary>The body of <c>POST /api/auth/login</c>.</summary>
public sealed record LoginRequest(string? Username, string? Password);

/// <summary>The answer of <c>GET /api/auth/me</c>; the expert fields are null for staff.</summary>
public sealed record WhoAmI(
    string Kind,
    string Username,
    string? DisplayName,
    string Role,
    string? SiteId,
    string? SessionId,
    string? ExpertId,
    string? ExpiresAt);
