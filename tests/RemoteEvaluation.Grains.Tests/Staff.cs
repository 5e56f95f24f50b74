using RemoteEvaluation.Domain.Actors;

namespace RemoteEvaluation.Grains.Tests;

/// <summary>The people who send commands in these tests.</summary>
internal static class Staff
{
    public static readonly Actor Host = new(ActorRole.HostStaff, "staff-1", "site-hz");
}
