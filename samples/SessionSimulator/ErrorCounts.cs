using System.Collections.Concurrent;

namespace RemoteEvaluation.SessionSimulator;

/// <summary>Errors by stable code (错误计数): hub error codes, <c>hub.disconnected</c>, <c>http.{status}</c>; retried ones included.</summary>
public sealed class ErrorCounts
{
    private readonly ConcurrentDictionary<string, int> counts = new(StringComparer.Ordinal);

    public void Add(string code) => counts.AddOrUpdate(code, 1, (_, n) => n + 1);

    public IReadOnlyDictionary<string, int> Snapshot() =>
        counts.OrderBy(c => c.Key, StringComparer.Ordinal).ToDictionary(c => c.Key, c => c.Value);
}
