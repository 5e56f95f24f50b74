using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Grains.EventSourcing;

namespace RemoteEvaluation.Grains.Tests;

/// <summary>What the host centre's staff (<see cref="Staff.Host"/>) send in these tests: one session, and the context of their commands.</summary>
internal static class HostCommands
{
    /// <summary>The session the tests schedule, starting two days after <paramref name="time"/>'s now.</summary>
    public static ScheduleSession Schedule(TimeProvider time) =>
        new(Staff.Host, "ZJ-2026-001", "杭州地铁四期土建施工", Staff.Host.SiteId, time.GetUtcNow().AddDays(2));

    /// <summary>A command of <see cref="Staff.Host"/>'s, sent with <paramref name="commandId"/>.</summary>
    public static CommandContext Context(string commandId) => new(commandId, Staff.Host.PersonId, "host_staff", Staff.Host.SiteId);
}
