using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace RemoteEvaluation.Server.Accounts;

/// <summary>
/// The per-address limit on sign-in attempts (登录限流): staff login and check-in code exchange share it, so guessing
/// passwords or codes is slow. Behind a reverse proxy, configure forwarded headers so the address is the client's.
/// </summary>
public static class RateLimits
{
    public const string SignIn = "re.sign_in";

    internal static void Define(RateLimiterOptions limiter, AuthOptions options)
    {
        limiter.AddPolicy(SignIn, context => RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = options.LoginPermitLimit,
                Window = options.LoginWindow,
                QueueLimit = 0,
            }));
        limiter.OnRejected = async (context, cancellationToken) =>
        {
            var response = context.HttpContext.Response;
            response.StatusCode = StatusCodes.Status429TooManyRequests;
            if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
            {
                response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            }

            await Results.Problem(
                    "Too many sign-in attempts from this address; wait a minute and try again.",
                    statusCode: StatusCodes.Status429TooManyRequests,
                    title: AuthEndpoints.TooManyAttempts)
                .ExecuteAsync(context.HttpContext);
        };
    }
}
