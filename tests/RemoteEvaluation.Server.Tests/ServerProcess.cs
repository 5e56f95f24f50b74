using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace RemoteEvaluation.Server.Tests;

/// <summary>The real server as a separate operating-system process, as an operator would start a node.</summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process process;

    private ServerProcess(Process process, Uri address, string name)
    {
        this.process = process;
        Address = address;
        Name = name;
        Http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri Address { get; }

    public string Name { get; }

    public HttpClient Http { get; }

    /// <summary>Starts <c>RemoteEvaluation.Server.dll</c> with the given settings (as environment variables) and waits until it is ready.</summary>
    public static async Task<ServerProcess> StartAsync(string name, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        var port = FreePort();
        var start = StartInfo(name, port, settings);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerProcess(process, new Uri($"http://127.0.0.1:{port}"), name);
        await server.WaitUntilReadyAsync(TimeSpan.FromSeconds(60), cancellationToken);
        return server;
    }

    public async Task WaitUntilReadyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            Assert.False(process.HasExited, $"{Name} exited with code {(process.HasExited ? process.ExitCode : 0)}");
            try
            {
                using var response = await Http.GetAsync(new Uri("/health/ready", UriKind.Relative), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100, cancellationToken);
        }

        Assert.Fail($"{Name} was not ready within {timeout}.");
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    /// <summary>
    /// Runs <c>RemoteEvaluation.Server.dll</c> with <paramref name="settings"/> until it exits by itself; answers its exit
    /// code and every line it wrote. Fails when it is still running after <paramref name="timeout"/> (then it started).
    /// </summary>
    public static async Task<(int ExitCode, string Output)> RunToExitAsync(IReadOnlyDictionary<string, string> settings, TimeSpan timeout)
    {
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var process = Process.Start(StartInfo("refused", FreePort(), settings))!;
        process.OutputDataReceived += (_, line) => output.Enqueue(line.Data ?? string.Empty);
        process.ErrorDataReceived += (_, line) => output.Enqueue(line.Data ?? string.Empty);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"The server was still running after {timeout}: {string.Join('\n', output)}");
        }

        process.WaitForExit(); // the rest of its output
        return (process.ExitCode, string.Join('\n', output));
    }

    private static ProcessStartInfo StartInfo(string name, int port, IReadOnlyDictionary<string, string> settings)
    {
        var serverDll = Path.Combine(
            AppContext.BaseDirectory.Replace(Path.Combine("tests", "RemoteEvaluation.Server.Tests"), Path.Combine("src", "RemoteEvaluation.Server"), StringComparison.Ordinal),
            "RemoteEvaluation.Server.dll");
        var start = new ProcessStartInfo("dotnet", [serverDll])
        {
            WorkingDirectory = Path.GetDirectoryName(serverDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Production refuses to start without the key-ring certificate; tests that want Production say so.
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Urls"] = $"http://127.0.0.1:{port}";
        start.Environment["Node__Name"] = name;
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return start;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
