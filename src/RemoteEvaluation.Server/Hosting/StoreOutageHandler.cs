using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using RemoteEvaluation.Grains.Persistence;

namespace RemoteEvaluation.Server.Hosting;

/// <summary>
/// Answers an HTTP request that failed on a <see cref="StoreOutage"/> with 503, <c>Retry-After</c> and a problem document
/// titled <see cref="StoreRejections.Unavailable"/> (the format of every typed HTTP refusal), instead of a bare 500.
/// Any other exception is left to the framework's default handling.
/// </summary>
internal sealed partial class StoreOutageHandler(IProblemDetailsService problems, ILogger<StoreOutageHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!StoreOutage.Caused(exception))
        {
            return false;
        }

        StoreUnavailable(logger, httpContext.Request.Method, httpContext.Request.Path, exception);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers[HeaderNames.RetryAfter] = ((int)StoreOutage.RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = StoreRejections.Unavailable,
                Detail = "The event database cannot be reached right now; send the same request again in a moment.",
            },
        });
    }

    [LoggerMessage(3002, LogLevel.Warning, "{Method} {Path} failed because the event database is unavailable; the client is told to retry")]
    private static partial void StoreUnavailable(ILogger logger, string method, string path, Exception exception);
}
