using Microsoft.Playwright;

namespace RemoteEvaluation.Web.Tests;

/// <summary>
/// Screenshots of the browser tests: always written to <c>screenshots/</c> beside the test assembly (or to
/// <c>REMOTEEVALUATION_SCREENSHOTS</c> when set), and also copied to the repository's <c>docs/screenshots/</c> when
/// <c>REMOTEEVALUATION_UPDATE_DOCS_SCREENSHOTS=1</c>, to refresh the pictures the documentation shows.
/// </summary>
public static class Screenshots
{
    public static string Folder => Environment.GetEnvironmentVariable("REMOTEEVALUATION_SCREENSHOTS") is { Length: > 0 } given
        ? given
        : System.IO.Path.Combine(AppContext.BaseDirectory, "screenshots");

    private static bool UpdateDocs => Environment.GetEnvironmentVariable("REMOTEEVALUATION_UPDATE_DOCS_SCREENSHOTS") == "1";

    /// <summary>
    /// Saves a screenshot as <paramref name="name"/>.png and answers its path in the results folder: the whole page, or
    /// with <paramref name="fullPage"/> false just the viewport (1366×768, what a user's screen shows).
    /// </summary>
    public static async Task<string> SaveAsync(IPage page, string name, bool fullPage = true)
    {
        Directory.CreateDirectory(Folder);
        var path = System.IO.Path.Combine(Folder, $"{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        if (UpdateDocs && RepositoryRoot() is { } root)
        {
            var docs = System.IO.Path.Combine(root, "docs", "screenshots");
            Directory.CreateDirectory(docs);
            File.Copy(path, System.IO.Path.Combine(docs, $"{name}.png"), overwrite: true);
        }

        return path;
    }

    private static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "RemoteEvaluation.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
