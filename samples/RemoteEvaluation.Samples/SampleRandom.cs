using RemoteEvaluation.Domain.Draw;

namespace RemoteEvaluation.Samples;

/// <summary>
/// Seeded, reproducible choices for generated data, drawn from the same HMAC-SHA-256 counter stream as the draw
/// (so the same seed gives the same province on every machine and runtime).
/// </summary>
public sealed class SampleRandom(string seed, string label) : IDisposable
{
    private readonly DrawStream stream = new(System.Text.Encoding.UTF8.GetBytes(seed), label);

    public int Below(int bound) => stream.NextBelow(bound);

    public int Between(int min, int maxInclusive) => min + stream.NextBelow(maxInclusive - min + 1);

    /// <summary>True with the given chance in percent.</summary>
    public bool Percent(int chance) => stream.NextBelow(100) < chance;

    public T Pick<T>(IReadOnlyList<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items[stream.NextBelow(items.Count)];
    }

    public void Dispose() => stream.Dispose();
}
