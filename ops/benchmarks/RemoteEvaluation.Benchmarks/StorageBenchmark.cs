using System.Text;
using RemoteEvaluation.Grains.Persistence;

namespace RemoteEvaluation.Benchmarks;

/// <summary>
/// Single-event appends with 1, 8 and 64 concurrent streams, each beside a plain INSERT loop of the same
/// row size at the same concurrency on the same database (the floor an event store cannot beat by much).
/// </summary>
internal sealed class StorageBenchmark(TimeSpan warmup, TimeSpan duration)
{
    public static readonly int[] Concurrency = [1, 8, 64];

    /// <summary>The same body for every row: a realistic score event (~200 bytes).</summary>
    public static readonly byte[] Body = Encoding.UTF8.GetBytes(
        """{"expertId":"expert-0042","bidId":"bid-03","items":[{"item":"T1","score":8.5},{"item":"T2","score":17},{"item":"T3","score":4.5}],"reason":null,"sheet":"technical","total":30.0}""");

    public async Task<IReadOnlyList<Row>> RunAsync(string vendor, IEventStore store, IPlainInsert plain)
    {
        var rows = new List<Row>();
        foreach (var concurrency in Concurrency)
        {
            var run = Guid.NewGuid().ToString("N")[..8];
            var appends = await LatencyRecorder.RunAsync(concurrency, warmup, duration, i =>
            {
                var stream = $"bench/{run}-{concurrency}-{i}";
                long version = 0;
                var events = new[] { new NewEvent("bench.scored", Body) };
                return async () =>
                {
                    var result = await store.AppendAsync(stream, version, events);
                    version = result is AppendResult.Appended a ? a.LastVersion : throw new InvalidOperationException(result.ToString());
                };
            });

            var inserts = await LatencyRecorder.RunAsync(concurrency, warmup, duration, i => plain.CreateLoop($"plain-{run}-{concurrency}-{i}"));
            rows.Add(new Row(vendor, concurrency, appends, inserts));
            Console.WriteLine($"{vendor,-10} streams={concurrency,3}  append {appends.PerSecond,8:F0}/s p50 {appends.P50,6:F2} ms p99 {appends.P99,6:F2} ms   plain INSERT {inserts.PerSecond,8:F0}/s p50 {inserts.P50,6:F2} ms p99 {inserts.P99,6:F2} ms");
        }

        return rows;
    }

    internal sealed record Row(string Vendor, int Streams, Measurement Append, Measurement PlainInsert)
    {
        public double Ratio => Append.PerSecond / PlainInsert.PerSecond;
    }
}

/// <summary>The floor: one autocommitted INSERT per operation, of the same row shape as an event.</summary>
internal interface IPlainInsert
{
    Func<Task> CreateLoop(string streamId);
}
