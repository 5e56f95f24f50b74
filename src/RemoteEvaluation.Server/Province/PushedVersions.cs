using System.Collections.Concurrent;

namespace RemoteEvaluation.Server.Province;

/// <summary>
/// The last version of each session the province board pushed (已推送版本), and a turn per session: a push runs only
/// when its version is newer than the last one pushed, and one push of a session at a time, so pushes leave in version
/// order whatever order the feed's notices were handled in.
/// </summary>
internal sealed class PushedVersions
{
    private readonly ConcurrentDictionary<string, Turn> sessions = new(StringComparer.Ordinal);

    /// <summary>Runs <paramref name="push"/> in the session's turn unless a version at least <paramref name="version"/> was pushed.</summary>
    public async Task InTurnAsync(string sessionId, long version, Func<Task> push)
    {
        var turn = sessions.GetOrAdd(sessionId, _ => new Turn());
        await turn.Gate.WaitAsync();
        try
        {
            if (version <= turn.Pushed)
            {
                return;
            }

            await push();
            turn.Pushed = version;
        }
        finally
        {
            turn.Gate.Release();
        }
    }

    /// <summary>A session no longer today's is pushed no more; its entry goes so that the map holds today's only.</summary>
    public void Forget(string sessionId) => sessions.TryRemove(sessionId, out _);

    private sealed class Turn
    {
        // Never waited on through its wait handle, so there is nothing to dispose.
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public long Pushed { get; set; }
    }
}
