using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using RemoteEvaluation.Domain.Draw;
using RemoteEvaluation.Domain.Experts;
using RemoteEvaluation.Domain.Tests.Infrastructure;
using RemoteEvaluation.Evidence;
using RemoteEvaluation.Grains;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Grains.Sessions;
using RemoteEvaluation.Storage.Limits;
using RemoteEvaluation.Storage.Sqlite;

namespace RemoteEvaluation.Cli.Tests.Evidence;

/// <summary>
/// The golden session run through a real SessionGrain on a real SQLite store, with a revealed draw of the session in
/// the store too, exported once as an evidence package signed by a host-centre key. Tests copy and tamper with it.
/// </summary>
public sealed class GoldenPackage : IAsyncLifetime
{
    public const string DrawId = "d-golden";
    private const string Secret = "0123456789abcdef0123456789abcdef";
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("re-evidence-");

    public EvidenceKey Key { get; } = EvidenceKey.Create(EvidenceAlgorithms.EcdsaP256);

    public byte[] Package { get; private set; } = [];

    public List<StoredEvent> SessionEvents { get; } = [];

    public async ValueTask InitializeAsync()
    {
        var time = new FakeTimeProvider(Specs.Start.AddDays(-2));
        var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder.FullName, "events.db") }.ToString();
        await SqliteSchema.ApplyAsync(connectionString, NullLogger.Instance);
        await using var store = new SqliteEventStore(connectionString, new EventStoreLimits(), time, NullLogger<SqliteEventStore>.Instance);
        var services = new ServiceCollection().AddLogging().AddSingleton<IEventStore>(store).AddSingleton<TimeProvider>(time);
        services.AddGrains();
        await using (var provider = services.BuildServiceProvider())
        {
            var session = provider.GetRequiredService<IGrainFactory>().GetGrain<ISessionGrain>("golden");
            await Task.Run(() => GoldenSession.Drive(new GrainSessionDriver(session, time)));
        }

        await AppendRevealedDrawAsync(store);
        await foreach (var e in store.ReadStreamAsync("session/golden"))
        {
            SessionEvents.Add(e);
        }

        Package = await ExportAsync(store, Key);
    }

    /// <summary>Exports the golden session from <paramref name="store"/> signed with <paramref name="key"/>, as the server does.</summary>
    public static async Task<byte[]> ExportAsync(IEventStore store, EvidenceKey key)
    {
        using var output = new MemoryStream();
        var source = new EvidenceSource("golden", Read(store, "session/golden"), [new EvidenceDrawSource(DrawId, Read(store, $"draw/{DrawId}"))]);
        await EvidenceWriter.WriteAsync(output, source, key, People.HostSite, Specs.Start.AddDays(1));
        return output.ToArray();
    }

    public string Write(byte[] package, string name = "package.zip")
    {
        var path = Path.Combine(folder.FullName, name);
        File.WriteAllBytes(path, package);
        return path;
    }

    public ValueTask DisposeAsync()
    {
        Key.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            folder.Delete(recursive: true);
        }
        catch (IOException)
        {
        }

        return ValueTask.CompletedTask;
    }

    private static async IAsyncEnumerable<EvidenceEvent> Read(IEventStore store, string streamId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var e in store.ReadStreamAsync(streamId, 0, cancellationToken))
        {
            yield return new EvidenceEvent(0, e.StreamId, e.Version, e.Type, Domain.Chain.EventHash.ToMicros(e.RecordedAt), e.Data, e.Metadata, e.PreviousHash, e.Hash);
        }
    }

    // The draw's rules decide (pure, as the draw grain would) and the store records each event as the grain does.
    private static async Task AppendRevealedDrawAsync(SqliteEventStore store)
    {
        var now = Specs.Start.AddDays(-3);
        var request = new DrawRequest(
            "golden",
            People.HostSite,
            new DrawProject("ZJ-2026-077", "t-1", "招标人", RegionCode.Parse("330106"), [new Bidder("A", "Alpha", [])], []),
            [new DrawSlot("C05", 5)],
            Specs.Start,
            Specs.Start.AddHours(8),
            AvoidanceRules.All,
            DrawSettings.Default);
        var pool = Enumerable.Range(0, 20).Select(i => new PoolExpert($"e-{i:D4}", new ExpertState
        {
            Status = ExpertStatus.Active,
            Region = RegionCode.Parse("330203"),
            Specialties = ["C0501"],
            Qualification = Qualification.Senior,
            BirthDate = new DateOnly(1970, 1, 1),
        })).ToList();
        var codec = new EventCodec<DrawEvent>();
        var state = DrawState.Empty;
        long version = 0;
        foreach (var command in new DrawCommand[]
        {
            new RequestDraw(request, DrawSeed.Commitment(Secret)),
            new PerformDraw(Secret, "4711", pool, null, [new SeatOffer("site-nb", RegionCode.Parse("330203"), 10)]),
            new RevealSecret(Secret),
        })
        {
            var decision = DrawDecider.Decide(state, command, now);
            Assert.False(decision.IsRejected, decision.Rejection?.ToString());
            state = decision.Events.Aggregate(state, DrawDecider.Evolve);
            var appended = await store.AppendAsync($"draw/{DrawId}", version, [.. decision.Events.Select(e => new NewEvent(codec.NameOf(e), codec.Encode(e), CommandContext.System($"draw-{version}").ToMetadata()))]);
            version = Assert.IsType<AppendResult.Appended>(appended).LastVersion;
        }
    }
}
