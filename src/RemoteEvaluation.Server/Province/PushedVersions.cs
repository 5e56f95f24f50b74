using System.Collections.Concurrent;
using RemoteEvaluation.Contracts;

namespace RemoteEvaluation.Server.Province;

/// <summary>
/// The last view of each session the province board pushed (已推送版本), and a turn per session: a push runs only
/// when its version is newer than the last one pushed, and one push of a session at a time, so pushes leave in version
/// order whatever order the feed's notices were handled in. It also keeps the newest view this node has seen of each
/// session, pushed or answered to <c>Watch</c>, which link alerts are read against.
/// </summary>
internal sealed class PushedVersions
{
    private readonly ConcurrentDictionary<string, Turn> sessions = new(StringComparer.Ordinal);

    /// <summary>
    /// Runs <paramref name="push"/> with the newest view seen before (null when none) in the session's turn, unless a
    /// view at least as new as <paramref name="view"/> was pushed.
    /// </summary>
    public async Task InTurnAsync(ProvinceSession view, Func<ProvinceSession?, Task> push)
    {
        var turn = sessions.GetOrAdd(view.SessionId, _ => new Turn());
        await turn.Gate.WaitAsync();
        try
        {
            if (view.Version <= turn.Pushed)
            {
                return;
            }

            await push(turn.Seen);
            turn.Pushed = view.Version;
            turn.See(view);
        }
        finally
        {
            turn.Gate.Release();
        }
    }

    /// <summary>A view answered to <c>Watch</c>: what later alerts compare with, without pushing it.</summary>
    public async Task SawAsync(ProvinceSession view)
    {
        var turn = sessions.GetOrAdd(view.SessionId, _ => new Turn());
        await turn.Gate.WaitAsync();
        try
        {
            turn.See(view);
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

        public ProvinceSession? Seen { get; private set; }

        public void See(ProvinceSession view)
        {
            if (Seen is null || view.Version > Seen.Version)
            {
                Seen = view;
            }
        }
    }
}
