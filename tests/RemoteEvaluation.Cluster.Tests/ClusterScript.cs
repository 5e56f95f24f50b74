using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace RemoteEvaluation.Cluster.Tests;

/// <summary>
/// One cluster from <c>ops/cluster.sh</c> for the test class, in a folder of its own: PostgreSQL, node-1 and node-2,
/// nginx in front. Short presence settings, auto-suspension on, one quick grain-level transient retry (so a database outage
/// reaches clients), and a sign-in limit high enough for every participant coming from nginx's one address.
/// </summary>
public sealed class ClusterScript : IAsyncLifetime
{
    public static readonly TimeSpan SilenceAfter = TimeSpan.FromSeconds(5);

    // /tmp, not $TMPDIR: when the tests run as root, PostgreSQL runs as the postgres user, who must reach the folder.
    private readonly string folder = $"/tmp/re-cluster-test-{Guid.NewGuid():N}"[..32];
    private Dictionary<string, string> settings = [];

    /// <summary>Why the cluster cannot run here, or null.</summary>
    public string? SkipReason { get; } = MissingBinaries();

    public Uri Url => new(settings["RE_CLUSTER_URL"]);

    /// <summary>The cluster's database, for setting up sessions and checking the log from the test process.</summary>
    public string Postgres => settings["RE_CLUSTER_POSTGRES"];

    public async ValueTask InitializeAsync()
    {
        if (SkipReason is not null)
        {
            return;
        }

        await RunAsync("start");
        settings = File.ReadAllLines(Path.Combine(folder, "cluster.env"))
            .Select(line => line.Split('=', 2))
            .ToDictionary(kv => kv[0], kv => kv[1].Trim('\''));
    }

    public async ValueTask DisposeAsync()
    {
        if (SkipReason is null)
        {
            await RunAsync("stop");
        }
    }

    public Task KillNodeAsync(int node) => RunAsync("kill-node", node.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public Task StartNodeAsync(int node) => RunAsync("start-node", node.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public Task StopPostgresAsync() => RunAsync("stop-postgres");

    public Task StartPostgresAsync() => RunAsync("start-postgres");

    private async Task RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(RepositoryRoot(), "ops", "cluster.sh"), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["RE_CLUSTER_DIR"] = folder;
        start.Environment["RE_SERVER_DLL"] = ServerDll();
        start.Environment["Presence__SilenceAfter"] = SilenceAfter.ToString();
        start.Environment["Presence__HeartbeatInterval"] = "00:00:00.500";
        start.Environment["Presence__AutoSuspend"] = "true";
        start.Environment["Grains__MaxTransientRetries"] = "1";
        start.Environment["Auth__LoginPermitLimit"] = "1000";
        start.Environment["Storage__PostgreSql__Listener__MaxReconnectDelay"] = "00:00:01";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
        Assert.True(process.ExitCode == 0, $"ops/cluster.sh {string.Join(' ', arguments)} failed ({process.ExitCode}):\n{await output}\n{await errors}");
    }

    private static string? MissingBinaries()
    {
        var nginx = new[] { "/usr/sbin/nginx", "/usr/bin/nginx" }.Any(File.Exists);
        var postgres = Directory.Exists("/usr/lib/postgresql")
            && Directory.EnumerateDirectories("/usr/lib/postgresql").Any(v => File.Exists(Path.Combine(v, "bin", "initdb")));
        return (nginx, postgres) switch
        {
            (true, true) => null,
            (false, true) => "nginx is not installed (Debian's nginx package; ops/test.sh installs it)",
            (true, false) => "the PostgreSQL server is not installed (Debian's postgresql package; ops/test.sh installs it)",
            _ => "nginx and the PostgreSQL server are not installed (ops/test.sh installs both)",
        };
    }

    private static string ServerDll() => Path.Combine(
        AppContext.BaseDirectory.Replace(Path.Combine("tests", "RemoteEvaluation.Cluster.Tests"), Path.Combine("src", "RemoteEvaluation.Server"), StringComparison.Ordinal),
        "RemoteEvaluation.Server.dll");

    private static string RepositoryRoot([CallerFilePath] string here = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", ".."));
}
