using System.Security.Claims;
using RemoteEvaluation.Server.Authorization;

namespace RemoteEvaluation.Server.Accounts;

/// <summary>Issuing (by centre staff) and exchanging (by the expert) one-time check-in codes.</summary>
public static class CheckInCodeEndpoints
{
    public static RouteGroupBuilder MapCheckInCodes(this RouteGroupBuilder api)
    {
        api.MapPost("/sessions/{sessionId}/experts/{expertId}/checkin-code", IssueAsync).RequireAuthorization(Policies.CentreStaff);
        api.MapPost("/auth/expert", ExchangeAsync).AllowAnonymous().RequireRateLimiting(RateLimits.SignIn);
        return api;
    }

    private static async Task<IResult> IssueAsync(string sessionId, string expertId, ClaimsPrincipal user, CheckInCodeDesk desk)
    {
        var result = await desk.IssueAsync(user, sessionId, expertId);
        return result.Rejection is { } rejected
            ? RejectionResults.Problem(rejected.Code, rejected.Message, result.Status)
            : Results.Ok(result.Value);
    }

    private static async Task<IResult> ExchangeAsync(ExpertCodeRequest request, CheckInCodeDesk desk, TimeProvider time)
    {
        var result = await desk.ExchangeAsync(request.SessionId, request.Code);
        if (result.Rejection is { } rejected)
        {
            return RejectionResults.Problem(rejected.Code, rejected.Message, result.Status);
        }

        var token = result.Value!;
        return Results.Ok(new ExpertTokenResponse(
            token.TokenType, token.AccessToken, (long)(token.ExpiresAt - time.GetUtcNow()).TotalSeconds, token.ExpiresAt, token.SessionId, token.ExpertId, token.SiteId, token.Role));
    }
}

/// <summary>The body of <c>POST /api/auth/expert</c>.</summary>
public sealed record ExpertCodeRequest(string? SessionId, string? Code);

/// <summary>The answer of <c>POST /api/auth/expert</c>: use <see cref="AccessToken"/> as <c>Authorization: Bearer …</c>.</summary>
public sealed record ExpertTokenResponse(
    string TokenType, string AccessToken, long ExpiresIn, DateTimeOffset ExpiresAt, string SessionId, string ExpertId, string SiteId, string Role);
