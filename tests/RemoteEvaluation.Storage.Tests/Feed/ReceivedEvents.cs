using System.Text;
using RemoteEvaluation.Grains.Persistence;

namespace RemoteEvaluation.Storage.Tests.Feed;

/// <summary>Collects what a change feed follower delivers, and waits for it.</summary>
public sealed class ReceivedEvents
{
    private readonly Lock gate = new();
    private readonly List<StoredEvent> events = [];

    public Func<StoredEvent, CancellationToken, ValueTask> Handler => (e, _) =>
    {
        lock (gate)
        {
            events.Add(e);
        }

        return ValueTask.CompletedTask;
    };

    public IReadOnlyList<long> Versions
    {
        get
        {
            lock (gate)
            {
                return [.. events.Select(e => e.Version)];
            }
        }
    }

    public IReadOnlyList<string> Bodies
    {
        get
        {
            lock (gate)
            {
                return [.. events.Select(e => Encoding.UTF8.GetString(e.Data.Span))];
            }
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> events arrived; fails after <paramref name="timeout"/>.</summary>
    public async Task WaitForAsync(int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Versions.Count < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"Expected {count} events within {timeout}, got [{string.Join(", ", Versions)}].");
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
    }
}
