using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace RemoteEvaluation.Server.Web;

/// <summary>
/// Serves the browser app (浏览器端, src/RemoteEvaluation.Web) that the build copies to <c>wwwroot</c> beside the binary:
/// its files, and <c>index.html</c> for every other path that is not under <c>/api</c>, <c>/hubs</c>, <c>/health</c> or
/// <c>/diagnostics</c> (the app routes on the client). Unknown paths there stay a JSON 404 whatever the method, never the page.
/// </summary>
public static class WebAppHosting
{
    /// <summary>The problem title of a path under <c>/api</c> that matches no endpoint.</summary>
    public const string NotFound = "http.not_found";

    /// <summary>Vite names the files under <c>/assets</c> by content hash, so they never change and may be cached for good.</summary>
    private const string ImmutableAssets = "/assets/";

    public static WebApplication MapWebApp(this WebApplication app)
    {
        foreach (var prefix in new[] { "/api", "/hubs", "/health", "/diagnostics" })
        {
            app.Map(prefix + "/{**rest}", (HttpContext context) => Results.Problem(
                $"Nothing is served at {context.Request.Path}; docs/protocol.md lists the endpoints.", statusCode: StatusCodes.Status404NotFound, title: NotFound));
        }

        var root = app.Configuration["Web:Root"] is { Length: > 0 } configured ? configured : Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (!File.Exists(Path.Combine(root, "index.html")))
        {
            // Built with -p:SkipWebApp=true: say so rather than answer 404 at the front door.
            app.MapGet("/", () => Results.Text(
                "RemoteEvaluation 远程异地评标 is running without its browser app (built with SkipWebApp). Health: /health/live, /health/ready", "text/plain; charset=utf-8"));
            return app;
        }

        var files = new PhysicalFileProvider(Path.GetFullPath(root));
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, OnPrepareResponse = c => SetCaching(c.Context) });
        app.MapFallbackToFile("index.html", new StaticFileOptions { FileProvider = files, OnPrepareResponse = c => SetCaching(c.Context) });
        return app;
    }

    private static void SetCaching(HttpContext context)
    {
        // index.html must be revalidated so a new build's asset names are picked up at once.
        context.Response.Headers[HeaderNames.CacheControl] = context.Request.Path.StartsWithSegments(ImmutableAssets.TrimEnd('/'), StringComparison.Ordinal)
            ? "public, max-age=31536000, immutable"
            : "no-cache";
    }
}
