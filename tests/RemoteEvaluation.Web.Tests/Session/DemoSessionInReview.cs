using Microsoft.Extensions.DependencyInjection;
using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Attendance;
using RemoteEvaluation.Domain.Opening;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Grains.Sessions;

namespace RemoteEvaluation.Web.Tests.Session;

/// <summary>
/// The demo session brought to the review (资格评审) without a browser: each member checked in by their own centre's
/// staff, the session opened, every member's declaration and chair vote (for the first seated), the review started.
/// Sent to the session grain the way the hub sends them, for tests of what a page offers in that phase; the demo session
/// unless another scheduled session is named.
/// </summary>
public static class DemoSessionInReview
{
    public static async Task BringAsync(IServiceProvider services, string sessionId = SeatedDemoSession.Id)
    {
        await SeatedDemoSession.PrepareAsync(services, sessionId: sessionId);
        var session = services.GetRequiredService<IGrainFactory>().GetGrain<ISessionGrain>(sessionId);
        var host = SeatedDemoSession.Host;
        var staff = new Dictionary<string, Actor>
        {
            [SeatedDemoSession.Ningbo] = new(ActorRole.SiteStaff, "staff.nb", SeatedDemoSession.Ningbo),
            [SeatedDemoSession.Wenzhou] = new(ActorRole.SiteStaff, "staff.wz", SeatedDemoSession.Wenzhou),
        };
        foreach (var m in SeatedDemoSession.Committee)
        {
            await SeatedDemoSession.SendAsync(session, $"review:checkin:{m.PersonId}", new CheckIn(staff[m.SiteId], m.PersonId));
        }

        await SeatedDemoSession.SendAsync(session, "review:open", new OpenSession(host));
        var members = SeatedDemoSession.Committee.Select(SeatedDemoSession.MemberActor).ToList();
        foreach (var member in members)
        {
            await SeatedDemoSession.SendAsync(session, $"review:declare:{member.PersonId}", new DeclareConflict(member, HasConflict: false));
        }

        // The election opens once everyone has declared.
        foreach (var member in members)
        {
            await SeatedDemoSession.SendAsync(session, $"review:vote:{member.PersonId}", new VoteForChair(member, members[0].PersonId));
        }

        await SeatedDemoSession.SendAsync(session, "review:start", new StartReview(host));
    }
}
