using System.Collections.Concurrent;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Storage.Tests.Vendors;

namespace RemoteEvaluation.Storage.Tests.Contract;

public abstract class ConcurrencyContract<TVendor> : StoreContract<TVendor>
    where TVendor : IVendor
{
    /// <summary>
    /// Two writers race on one stream: each reads the head, appends at that version, and on a conflict
    /// reads again. FsCheck chooses how many appends each makes, how many events each carries and the
    /// pauses between steps, so every run explores a different interleaving.
    /// </summary>
    [Fact]
    public void two_concurrent_writers_never_lose_or_duplicate_an_acknowledged_append()
    {
        var plans = Gen.Choose(0, 3).ArrayOf().Where(a => a.Length is > 0 and <= 12);
        var scenario =
            from a in plans
            from b in plans
            from size in Gen.Choose(1, 3)
            select (a, b, size);

        Prop.ForAll(scenario.ToArbitrary(), s => RaceAsync(s.a, s.b, s.size).GetAwaiter().GetResult())
            .Check(Config.QuickThrowOnFailure.WithMaxTest(25));

        // Otherwise the writers never actually raced and the property proved nothing.
        Assert.True(conflicts > 0, "no interleaving produced a version conflict");
    }

    private int conflicts;

    private async Task<bool> RaceAsync(int[] pausesA, int[] pausesB, int eventsPerAppend)
    {
        var stream = NewStream();
        var acknowledged = new ConcurrentBag<(string Writer, int Step, long First, long Last)>();
        using var start = new SemaphoreSlim(0, 2);
        var a = Task.Run(() => WriteAsync("A", pausesA));
        var b = Task.Run(() => WriteAsync("B", pausesB));
        start.Release(2);
        await Task.WhenAll(a, b);

        var stored = await ReadAllAsync(stream);
        var expectedCount = (pausesA.Length + pausesB.Length) * eventsPerAppend;
        Assert.Equal(Enumerable.Range(1, expectedCount).Select(v => (long)v), stored.Select(e => e.Version));
        foreach (var ack in acknowledged)
        {
            // Each acknowledged append is where it was acknowledged, with its own bodies, exactly once.
            for (var v = ack.First; v <= ack.Last; v++)
            {
                var body = Encoding.UTF8.GetString(stored[(int)v - 1].Data.Span);
                Assert.Equal($$"""{"value":"{{ack.Writer}}-{{ack.Step}}-{{v - ack.First}}"}""", body);
            }
        }

        Assert.Equal(pausesA.Length + pausesB.Length, acknowledged.Count);
        var verification = await Store.VerifyAsync(stream, TestContext.Current.CancellationToken);
        Assert.True(verification.IsIntact, verification.Problem);
        return true;

        async Task WriteAsync(string writer, int[] pauses)
        {
            await start.WaitAsync(TestContext.Current.CancellationToken);
            for (var step = 0; step < pauses.Length; step++)
            {
                var bodies = Enumerable.Range(0, eventsPerAppend).Select(i => $"{writer}-{step}-{i}").ToArray();
                while (true)
                {
                    await Pause(pauses[step]);
                    var head = await Store.GetHeadAsync(stream, TestContext.Current.CancellationToken);
                    await Pause(pauses[(step + 1) % pauses.Length]);
                    var result = await Store.AppendAsync(stream, head?.Version ?? 0, Events(bodies), $"{writer}-{step}", TestContext.Current.CancellationToken);
                    if (result is AppendResult.Appended appended)
                    {
                        acknowledged.Add((writer, step, appended.FirstVersion, appended.LastVersion));
                        break;
                    }

                    Assert.IsType<AppendResult.VersionConflict>(result);
                    Interlocked.Increment(ref conflicts);
                }
            }
        }
    }

    private static Task Pause(int kind) => kind switch
    {
        0 => Task.CompletedTask,
        1 => Task.Run(() => { }),
        2 => Task.Delay(1),
        _ => Task.Delay(3),
    };
}

public sealed class Concurrency_on_SQLite : ConcurrencyContract<OnSqlite>;
