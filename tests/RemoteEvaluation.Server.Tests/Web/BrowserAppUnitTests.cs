using System.Diagnostics;

namespace RemoteEvaluation.Server.Tests.Web;

/// <summary>
/// The browser app's own unit specifications (Vitest: the hub layer's version tracker, outbox and error parsing, the
/// score sheet validation), run here so the suite covers them. The server's build has already run <c>npm ci</c>.
/// </summary>
public sealed class BrowserAppUnitTests
{
    [Fact]
    public async Task the_browser_apps_vitest_specifications_pass()
    {
        var app = WebAppFolder();
        var start = new ProcessStartInfo("npm", "test --silent") { WorkingDirectory = app, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["CI"] = "1";
        start.Environment["NO_COLOR"] = "1";
        using var npm = Process.Start(start)!;
        var output = npm.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = npm.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await npm.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.True(npm.ExitCode == 0, $"npm test exited with {npm.ExitCode}:\n{await output}\n{await errors}");
        Assert.Matches(@"Tests\s+\d+ passed", await output);
    }

    private static string WebAppFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "RemoteEvaluation.Web");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("src/RemoteEvaluation.Web was not found above the test binaries.");
    }
}
