using System.Diagnostics;
using System.Text;
using RemoteEvaluation.Storage.Tests.Vendors;

namespace RemoteEvaluation.Storage.Tests.Contract;

public abstract class CrashContract<TVendor> : StoreContract<TVendor>
    where TVendor : IVendor
{
    private const int Writers = 4;
    private const int AcksBeforeKill = 400;

    [Fact]
    public async Task every_acknowledged_append_survives_a_SIGKILL_of_the_writing_process()
    {
        var prefix = $"crash/{Guid.NewGuid():N}";
        var acks = await RunAppenderAndKillAsync(prefix);

        Assert.True(acks.Count >= AcksBeforeKill, $"only {acks.Count} acknowledgements before the deadline");
        for (var w = 0; w < Writers; w++)
        {
            var stream = $"{prefix}-{w}";
            var stored = (await ReadAllAsync(stream)).ToDictionary(e => e.Version);
            foreach (var (version, n) in acks.Where(a => a.Stream == stream).Select(a => (a.Version, a.N)))
            {
                Assert.True(stored.TryGetValue(version, out var e), $"acknowledged {stream} v{version} is missing");
                Assert.Equal($$"""{"n":{{n}}}""", Encoding.UTF8.GetString(e.Data.Span));
            }

            var verification = await Store.VerifyAsync(stream, TestContext.Current.CancellationToken);
            Assert.True(verification.IsIntact, verification.Problem);
        }
    }

    private async Task<List<(string Stream, long Version, long N)>> RunAppenderAndKillAsync(string prefix)
    {
        var appender = Path.Combine(
            AppContext.BaseDirectory.Replace("RemoteEvaluation.Storage.Tests", "RemoteEvaluation.Storage.Appender", StringComparison.Ordinal),
            "RemoteEvaluation.Storage.Appender.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { appender, Vendor.Provider, Vendor.ConnectionString, prefix, Writers.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var acks = new List<(string, long, long)>();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            while (acks.Count < AcksBeforeKill && await process.StandardOutput.ReadLineAsync(deadline.Token) is { } line)
            {
                var parts = line.Split(' ');
                if (parts is ["ack", var stream, var version, var n])
                {
                    acks.Add((stream, long.Parse(version, System.Globalization.CultureInfo.InvariantCulture), long.Parse(n, System.Globalization.CultureInfo.InvariantCulture)));
                }
            }
        }
        finally
        {
            // Process.Kill sends SIGKILL on Unix: no finaliser, no flush, no clean shutdown.
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        Assert.True(acks.Count > 0, "the appender acknowledged nothing: " + await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken));
        return acks;
    }
}

public sealed class Crash_on_SQLite : CrashContract<OnSqlite>;
