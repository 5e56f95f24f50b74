using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RemoteEvaluation.Grains;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Server.Tests.Hubs;
using RemoteEvaluation.Storage.Hosting;

namespace RemoteEvaluation.Cluster.Tests;

/// <summary>
/// The test process as a third node on the cluster's database: it writes a session up to scoring through the session
/// grain (the committee is seated by the draw's system actor, which no hub client can be), and reads the log back.
/// </summary>
internal sealed class SetupNode : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    private SetupNode(string postgres)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "PostgreSql",
            ["ConnectionStrings:Events"] = postgres,
        }).Build();
        provider = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System).AddEventStorage(configuration).AddGrains().BuildServiceProvider();
    }

    public IEventStore Store => provider.GetRequiredService<IEventStore>();

    /// <summary>A session at the demo centres with everyone checked in and scoring open (<see cref="LiveSession.ScoringAsync"/>).</summary>
    public static async Task<SetupNode> ScoringAsync(string postgres, string sessionId)
    {
        var node = new SetupNode(postgres);
        await LiveSession.ScoringAsync(node.provider.GetRequiredService<IGrainFactory>(), sessionId);
        return node;
    }

    /// <summary>The session's log; read again when the first try meets a pooled connection that a database restart ended.</summary>
    public async Task<IReadOnlyList<StoredEvent>> LogAsync(string sessionId)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var events = new List<StoredEvent>();
                await foreach (var e in Store.ReadStreamAsync($"session/{sessionId}", 0, Patience.Cancel))
                {
                    events.Add(e);
                }

                return events;
            }
            catch (TransientStoreException) when (attempt < 3)
            {
            }
        }
    }

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}
