using System.Collections.Immutable;
using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Committee;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Grains.Sessions;
using RemoteEvaluation.Server.Accounts;
using RemoteEvaluation.Server.Authorization;

namespace RemoteEvaluation.Server.Benchmarks;

/// <summary>
/// The session simulator's shortcut past the expert draw (模拟席位): host staff name a committee and the server seats it as
/// the draw's system actor, exactly as <c>DrawGrain</c> does once invitations are confirmed. It bypasses the rule that no
/// person chooses the experts (四不知), so it exists only for load tests: off unless <c>Diagnostics:SimulatorSeating</c> is
/// true, and the server refuses to start with it in the Production environment.
/// </summary>
public static class SimulatorSeating
{
    public const string Setting = "Diagnostics:SimulatorSeating";

    public static WebApplication MapSimulatorSeating(this WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>(Setting))
        {
            return app;
        }

        if (app.Environment.IsProduction())
        {
            throw new InvalidOperationException($"{Setting} seats committees without a draw; it is refused in the Production environment (set ASPNETCORE_ENVIRONMENT to Benchmark or Development for load tests).");
        }

        app.MapPost("/diagnostics/simulator/sessions/{sessionId}/committee", SeatAsync).RequireAuthorization(Policies.HostStaff);
        return app;
    }

    /// <summary>Seats <paramref name="members"/> in <paramref name="sessionId"/> as the draw would; a repeat answers the first outcome.</summary>
    private static async Task<IResult> SeatAsync(string sessionId, ImmutableList<CommitteeMember> members, IGrainFactory grains)
    {
        var result = await grains.GetGrain<ISessionGrain>(sessionId)
            .ExecuteAsync(new SeatCommittee(Actor.Draw, members), CommandContext.System($"simulator-seat:{sessionId}"));
        return result.Rejection is { } rejection
            ? RejectionResults.Problem(rejection)
            : Results.Ok(new { sessionId, version = result.Version });
    }
}
