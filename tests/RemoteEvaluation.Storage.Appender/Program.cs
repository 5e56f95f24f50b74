// A process that appends in a loop and prints each acknowledged append, so a test can kill it with
// SIGKILL mid-write and then check that every acknowledged append survived.
// Usage: Appender <provider> <connection string> <stream prefix> <writers>
// Prints: "ack <stream> <version> <n>" after each acknowledged append, flushed at once.
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Storage.Hosting;

var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Storage:Provider"] = args[0],
    ["ConnectionStrings:Events"] = args[1],
}).Build();
var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System).AddEventStorage(configuration).BuildServiceProvider();
foreach (var hosted in services.GetServices<IHostedService>())
{
    await hosted.StartAsync(CancellationToken.None);
}

var store = services.GetRequiredService<IEventStore>();
var output = Console.Out;
var gate = new object();
var writers = int.Parse(args[3], CultureInfo.InvariantCulture);
Console.WriteLine("ready");
await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
{
    var stream = $"{args[2]}-{w}";
    for (long n = 0; ; n++)
    {
        var data = Encoding.UTF8.GetBytes($$"""{"n":{{n}}}""");
        var result = await store.AppendAsync(stream, n, [new NewEvent("test.appended", data)], $"cmd-{n}");
        if (result is not AppendResult.Appended appended)
        {
            throw new InvalidOperationException($"Unexpected {result}");
        }

        lock (gate)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ack {stream} {appended.LastVersion} {n}"));
            output.Flush();
        }
    }
})));
