using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Committee;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Grains.Sessions;

namespace RemoteEvaluation.Server.Tests.Accounts;

/// <summary>
/// A session hosted at site-330100 with remote centres site-330200 and site-330300, written straight through the grains:
/// experts e1 (hz), e2 and e3 (nb), e4 (wz), tenderer representative r1 (hz).
/// </summary>
internal static class DemoSession
{
    public static readonly Actor Host = new(ActorRole.HostStaff, "host.hz", "site-330100");

    public static async Task<ISessionGrain> ScheduleAsync(IGrainFactory grains, string sessionId, DateTimeOffset now)
    {
        var session = grains.GetGrain<ISessionGrain>(sessionId);
        SessionCommand[] commands =
        [
            new ScheduleSession(Host, "ZJ-2026-001", "City hall renovation", "site-330100", now.AddDays(1)),
            new LinkRemoteSite(Host, "site-330200"),
            new LinkRemoteSite(Host, "site-330300"),
            new SeatCommittee(Actor.Draw,
            [
                new CommitteeMember("e1", MemberKind.Expert, "site-330100", "pool-zj"),
                new CommitteeMember("e2", MemberKind.Expert, "site-330200", "pool-zj"),
                new CommitteeMember("e3", MemberKind.Expert, "site-330200", "pool-zj"),
                new CommitteeMember("e4", MemberKind.Expert, "site-330300", "pool-zj"),
                new CommitteeMember("r1", MemberKind.TendererRepresentative, "site-330100", "tenderer"),
            ]),
        ];
        foreach (var command in commands)
        {
            var result = await session.ExecuteAsync(command, new CommandContext($"setup-{Guid.NewGuid():N}"));
            Assert.True(result.Accepted, result.Rejection?.ToString());
        }

        return session;
    }
}
