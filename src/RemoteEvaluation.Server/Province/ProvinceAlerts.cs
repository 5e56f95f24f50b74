using RemoteEvaluation.Contracts;
using RemoteEvaluation.Domain.Committee;
using RemoteEvaluation.Server.Presence;

namespace RemoteEvaluation.Server.Province;

/// <summary>
/// The link alerts (链路告警) the province board tells coordinators, read from the newest view of a session the node had
/// seen (pushed, or answered to <c>Watch</c>) and the one it pushes now: a centre silent now and not before, with
/// checked-in members there, is <c>site.silent</c>; one silent before and not now is <c>site.back</c> — the codes the
/// session's own audience gets (<see cref="LinkHealthFeed"/>). With no view before there is nothing to compare (the
/// board itself shows a silent centre). Best effort like every push: a silence and a return between two views are not told.
/// </summary>
public static class ProvinceAlerts
{
    public static IReadOnlyList<AlertNotice> Between(ProvinceSession? before, ProvinceSession now, Grains.Sessions.SessionSnapshot snapshot, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(now);
        ArgumentNullException.ThrowIfNull(snapshot);
        if (before is null)
        {
            return [];
        }

        var alerts = new List<AlertNotice>();
        foreach (var site in now.Sites)
        {
            var was = before.Sites.FirstOrDefault(s => s.SiteId == site.SiteId)?.Silent ?? false;
            if (site.Silent && !was && CheckedIn(snapshot, site.SiteId) is > 0 and var members)
            {
                alerts.Add(new AlertNotice(LinkHealthFeed.SilentAlert, $"Centre {site.SiteId} of {now.ProjectCode} has not answered since {site.SilentSince:u}; {members} checked-in member(s) sit there.", now.SessionId, site.SiteId, site.SilentSince ?? at));
            }
            else if (was && !site.Silent)
            {
                alerts.Add(new AlertNotice(LinkHealthFeed.BackAlert, $"Centre {site.SiteId} of {now.ProjectCode} answers again.", now.SessionId, site.SiteId, at));
            }
        }

        return alerts;
    }

    private static int CheckedIn(Grains.Sessions.SessionSnapshot snapshot, string siteId) =>
        snapshot.State.Members.Count(m => m.Member.SiteId == siteId && m.Status == MemberStatus.CheckedIn);
}
