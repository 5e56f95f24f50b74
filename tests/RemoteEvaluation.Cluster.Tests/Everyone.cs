using RemoteEvaluation.Server.Tests.Hubs;

namespace RemoteEvaluation.Cluster.Tests;

/// <summary>The host and every committee member of a live session connected through nginx, and the centres' staff when asked.</summary>
internal sealed class Everyone : IAsyncDisposable
{
    private Everyone(Participant host, IReadOnlyList<Participant> members, IReadOnlyList<Participant> staff)
    {
        Host = host;
        Members = members;
        All = [host, .. members, .. staff];
    }

    public Participant Host { get; }

    public IReadOnlyList<Participant> Members { get; }

    public IReadOnlyList<Participant> All { get; }

    public Participant Member(string personId) => Members.Single(m => m.Who == personId);

    /// <summary>
    /// Signs everyone in first and only then opens the WebSockets, one after another: nginx's round-robin then puts
    /// every other connection on each node, so both nodes hold some of the session's clients.
    /// </summary>
    public static async Task<Everyone> ConnectAsync(ClusterScript cluster, string sessionId, bool withStaff = false)
    {
        using var access = new ClusterAccess(cluster.Url);
        var tokens = new List<(string Who, string Token)> { ("host.hz", await access.StaffTokenAsync("host.hz")) };
        foreach (var member in LiveSession.Members)
        {
            tokens.Add((member.PersonId, await access.MemberTokenAsync(sessionId, member.PersonId)));
        }

        foreach (var username in withStaff ? new[] { "staff.nb", "staff.wz" } : [])
        {
            tokens.Add((username, await access.StaffTokenAsync(username)));
        }

        var connected = new List<Participant>();
        foreach (var (who, token) in tokens)
        {
            connected.Add(await Participant.ConnectAsync(who, sessionId, cluster.Url, token));
        }

        var members = connected.Where(p => LiveSession.Members.Any(m => m.PersonId == p.Who)).ToList();
        return new Everyone(connected[0], members, [.. connected.Skip(1 + members.Count)]);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var participant in All)
        {
            await participant.DisposeAsync();
        }
    }
}
