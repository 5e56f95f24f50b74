using RemoteEvaluation.Client;
using RemoteEvaluation.Contracts;
using RemoteEvaluation.Server.Hubs;

namespace RemoteEvaluation.Server.Tests.Hardening;

public sealed class A_flooding_connection_is_refused_then_closed
{
    // A bucket of 4 that refills only once an hour, so the test counts invocations, not time.
    private static readonly Dictionary<string, string> Limits = new()
    {
        ["Hubs:RateLimit:Burst"] = "4",
        ["Hubs:RateLimit:TokensPerPeriod"] = "1",
        ["Hubs:RateLimit:ReplenishmentPeriod"] = "01:00:00",
        ["Hubs:RateLimit:RefusalsBeforeAbort"] = "5",
        ["Hubs:RateLimit:FloodWindow"] = "01:00:00",
    };

    [Fact]
    public async Task invocations_over_the_burst_are_refused_as_retriable_with_the_rate_limit_code()
    {
        await using var server = LiveServer.Start(Limits);
        await ScoringSession.OpenAsync(server.Grains, "s1");
        var expert = await server.JoinAsync("s1", "e1"); // its resync is the first invocation

        for (var i = 0; i < 3; i++)
        {
            await expert.InvokeAsync<SessionJoined>("Join", "s1");
        }

        var refused = await Assert.ThrowsAsync<HubInvocationException>(() => expert.InvokeAsync<SessionJoined>("Join", "s1"));
        Assert.Equal(HubLimitRejections.RateLimited, refused.Code);
        Assert.True(refused.Error.Retriable);
        Assert.Contains(server.Logs.Lines, l => l.Id.Id == 3511);
    }

    [Fact]
    public async Task a_connection_that_keeps_sending_while_refused_is_closed_and_another_session_carries_on()
    {
        await using var server = LiveServer.Start(Limits);
        var other = await OtherSession.OpenAsync(server);
        await ScoringSession.OpenAsync(server.Grains, "s1");
        var flooder = await server.JoinAsync("s1", "e1");
        for (var i = 0; i < 3; i++)
        {
            await flooder.InvokeAsync<SessionJoined>("Join", "s1");
        }

        for (var refusal = 1; refusal <= 5; refusal++)
        {
            await Assert.ThrowsAsync<HubInvocationException>(() => flooder.InvokeAsync<SessionJoined>("Join", "s1"));
        }

        await Assert.ThrowsAsync<HubDisconnectedException>(() => flooder.InvokeAsync<SessionJoined>("Join", "s1"));
        await flooder.Closed.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        Assert.Contains(server.Logs.Lines, l => l.Id.Id == 3512 && l.Message.Contains("e1", StringComparison.Ordinal));
        await other.ProgressesAsync();
    }
}
