namespace RemoteEvaluation.Web.Tests;

/// <summary>
/// Debian's Chromium, which the browser tests drive through Playwright (the Playwright browser download cannot run
/// here; <c>ops/test.sh</c> installs the <c>chromium</c> package). <c>REMOTEEVALUATION_CHROMIUM</c> names another binary.
/// </summary>
public static class Chromium
{
    public const string DebianPath = "/usr/bin/chromium";

    public static string Path => Environment.GetEnvironmentVariable("REMOTEEVALUATION_CHROMIUM") is { Length: > 0 } given ? given : DebianPath;

    public static bool IsInstalled => File.Exists(Path);

    /// <summary>Skips the calling test, with the reason, on a machine without Chromium.</summary>
    public static void SkipUnlessInstalled() =>
        Assert.SkipUnless(IsInstalled, $"Chromium is not installed at {Path}: run ops/test.sh (it installs Debian's chromium) or `apt-get install chromium fonts-noto-cjk`.");
}
