using Microsoft.Extensions.Options;
using RemoteEvaluation.Server.Accounts;

namespace RemoteEvaluation.Server.Hubs;

/// <summary>Refuses requests under <c>/hubs</c> (negotiate and the WebSocket handshake alike) whose origin <see cref="HubOrigins"/> does not allow.</summary>
internal sealed class HubOriginCheck(RequestDelegate next, IOptions<HubLimitsOptions> options, ILogger<HubOriginCheck> logger)
{
    private readonly HubOrigins origins = new(options.Value.AllowedOrigins);

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!request.Path.StartsWithSegments(AuthSchemes.HubPathPrefix, StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        string? origin = request.Headers.Origin.Count > 0 ? request.Headers.Origin.ToString() : null;
        if (origins.Allows(origin, request.Scheme, request.Host))
        {
            await next(context);
            return;
        }

        // The path only: the query string of a hub request carries the access token.
        HubHardeningLog.OriginRefused(logger, request.Method, request.Path.Value ?? string.Empty, Shorten(origin!), request.Scheme, request.Host.Value ?? string.Empty);
        await Results.Problem(
                $"Origin '{origin}' may not open hub connections; ask the operator to add it to Hubs:AllowedOrigins.",
                statusCode: StatusCodes.Status403Forbidden,
                title: HubLimitRejections.OriginNotAllowed)
            .ExecuteAsync(context);
    }

    // The header is the client's text: keep a flood of long origins from filling the log.
    private static string Shorten(string origin) => origin.Length <= 200 ? origin : origin[..200] + "…";
}
