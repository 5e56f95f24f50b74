using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Server.Tests.Accounts;

namespace RemoteEvaluation.Server.Tests.Hardening;

/// <summary>Microsoft's <c>@microsoft/signalr</c> under node (tests/js) against the server running as its own process on a real port.</summary>
public sealed class Official_javascript_client
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);
    private static readonly Dictionary<string, string> NoEnvironment = [];

    [Fact]
    public async Task signs_in_with_a_check_in_code_joins_scores_and_receives_the_event()
    {
        var scripts = ScriptsFolder();
        if (!await SucceedsAsync("node", ["--version"], scripts))
        {
            Assert.Skip("node is not on PATH; ops/test.sh installs Debian's nodejs and npm.");
        }

        if (!Directory.Exists(Path.Combine(scripts, "node_modules", "@microsoft", "signalr")))
        {
            var (installed, log) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], scripts, NoEnvironment);
            Assert.True(installed, $"npm ci failed: {log}");
        }

        var database = await ScoringSessionDatabaseAsync("js-1");
        try
        {
            await using var server = await ServerProcess.StartAsync("js", new Dictionary<string, string>
            {
                ["Storage:Provider"] = "Sqlite",
                ["ConnectionStrings:Events"] = $"Data Source={database}",
                ["Demo:LoadProvince"] = "false",
            }, Api.Cancel);
            using var staff = new HttpClient { BaseAddress = server.Address };
            staff.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await StaffTokenAsync(server.Http, "host.hz"));
            using var issued = await staff.PostAsync(new Uri("/api/sessions/js-1/experts/e1/checkin-code", UriKind.Relative), null, Api.Cancel);
            Assert.True(issued.IsSuccessStatusCode, $"issuing the check-in code answered {issued.StatusCode}");
            var code = (await issued.Content.ReadFromJsonAsync<JsonElement>(Api.Cancel)).GetProperty("code").GetString()!;

            var (ok, output) = await RunAsync("node", ["score.mjs"], scripts, new Dictionary<string, string>
            {
                ["RE_URL"] = server.Address.ToString(),
                ["RE_SESSION"] = "js-1",
                ["RE_EXPERT"] = "e1",
                ["RE_CODE"] = code,
                ["RE_BID"] = "bidder-beta",
            });

            Assert.True(ok, $"node score.mjs failed: {output}");
            var result = JsonDocument.Parse(output.Trim().Split('\n')[^1]).RootElement;
            Assert.Equal("expert", result.GetProperty("joined").GetProperty("role").GetString());
            var version = result.GetProperty("ack").GetProperty("version").GetInt64();
            Assert.False(result.GetProperty("ack").GetProperty("duplicate").GetBoolean());
            var pushed = result.GetProperty("event");
            Assert.Equal(version, pushed.GetProperty("version").GetInt64());
            Assert.Equal("scoring.sheet_submitted", pushed.GetProperty("type").GetString());
            Assert.Equal("session/js-1", pushed.GetProperty("stream").GetString());
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(database)!, recursive: true);
        }
    }

    /// <summary>
    /// A database file holding the demo accounts and a session in scoring: written by the server in this process (the
    /// grains are the quickest way there), then copied with SQLite's backup for the server process to start on.
    /// </summary>
    private static async Task<string> ScoringSessionDatabaseAsync(string sessionId)
    {
        var copy = Path.Combine(Directory.CreateTempSubdirectory("re-js-").FullName, "events.db");
        await using var setup = new ServerFactory();
        using (setup.CreateClient())
        {
            await ScoringSession.OpenAsync(setup.Services.GetRequiredService<IGrainFactory>(), sessionId);
        }

        using var source = new SqliteConnection($"Data Source={setup.DatabasePath}");
        using var target = new SqliteConnection($"Data Source={copy}");
        source.Open();
        source.BackupDatabase(target);
        return copy;
    }

    private static async Task<string> StaffTokenAsync(HttpClient http, string username)
    {
        using var response = await http.LoginAsync(username, Api.DemoPassword);
        return (await response.JsonAsync()).GetProperty("accessToken").GetString()!;
    }

    /// <summary>tests/js, found from the test binaries upwards.</summary>
    private static string ScriptsFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "tests", "js");
            if (File.Exists(Path.Combine(candidate, "package-lock.json")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/js with package-lock.json was not found above " + AppContext.BaseDirectory);
    }

    private static async Task<bool> SucceedsAsync(string file, string[] arguments, string folder)
    {
        try
        {
            return (await RunAsync(file, arguments, folder, NoEnvironment)).Ok;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // not installed
        }
    }

    private static async Task<(bool Ok, string Output)> RunAsync(string file, string[] arguments, string folder, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(Api.Cancel);
        var stderr = process.StandardError.ReadToEndAsync(Api.Cancel);
        try
        {
            await process.WaitForExitAsync(Api.Cancel).WaitAsync(Patience, Api.Cancel);
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode == 0, (await stdout) + (await stderr));
    }
}
