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

    public static async Task<Everyone> ConnectAsync(ClusterScript cluster, string sessionId, bool withStaff = false)
    {
        using var access = new ClusterAccess(cluster.Url);
        var host = await Participant.ConnectAsync("host.hz", sessionId, cluster.Url, await access.StaffTokenAsync("host.hz"));
        var members = new List<Participant>();
        foreach (var member in LiveSession.Members)
        {
            members.Add(await Participant.ConnectAsync(member.PersonId, sessionId, cluster.Url, await access.MemberTokenAsync(sessionId, member.PersonId)));
        }

        var staff = new List<Participant>();
        foreach (var username in withStaff ? new[] { "staff.nb", "staff.wz" } : [])
        {
            staff.Add(await Participant.ConnectAsync(username, sessionId, cluster.Url, await access.StaffTokenAsync(username)));
        }

        return new Everyone(host, members, staff);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var participant in All)
        {
            await participant.DisposeAsync();
        }
    }
}
