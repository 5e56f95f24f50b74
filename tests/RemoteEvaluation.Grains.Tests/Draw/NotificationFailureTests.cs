using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RemoteEvaluation.Domain.Draw;
using RemoteEvaluation.Grains.Draw;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Grains.Notifications;

namespace RemoteEvaluation.Grains.Tests.Draw;

public abstract class NotificationFailureTests : GrainTest
{
    private readonly CountingHandler handler = new();

    [Fact]
    public async Task a_failing_platform_is_retried_then_the_circuit_opens_and_calls_stop()
    {
        handler.Answer = HttpStatusCode.ServiceUnavailable;
        var gateway = Gateway();

        var first = await gateway.NotifyAsync(Notice("e-1"), TestContext.Current.CancellationToken);
        var callsAfterFirst = handler.Calls;
        var second = await gateway.NotifyAsync(Notice("e-2"), TestContext.Current.CancellationToken);
        var callsAfterSecond = handler.Calls;
        var third = await gateway.NotifyAsync(Notice("e-3"), TestContext.Current.CancellationToken);

        Assert.False(first.Delivered);
        Assert.Equal(4, callsAfterFirst); // one attempt and three retries, then the circuit (4 failures, ratio 1) opens
        Assert.Contains("circuit open", second.Failure, StringComparison.Ordinal);
        Assert.Contains("circuit open", third.Failure, StringComparison.Ordinal);
        Assert.Equal(callsAfterFirst, callsAfterSecond);
        Assert.Equal(callsAfterFirst, handler.Calls);
    }

    [Fact]
    public async Task a_platform_that_recovers_within_the_retries_delivers()
    {
        handler.Answer = HttpStatusCode.ServiceUnavailable;
        handler.SucceedFromCall = 3;

        var outcome = await Gateway().NotifyAsync(Notice("e-1"), TestContext.Current.CancellationToken);

        Assert.True(outcome.Delivered);
        Assert.Equal(3, handler.Calls);
    }

    [Fact]
    public async Task when_the_gateway_fails_the_draw_moves_on_and_records_why()
    {
        handler.Answer = HttpStatusCode.ServiceUnavailable;
        var gateway = Gateway();
        await using var node = NewNode(services: s => s.AddSingleton<INotificationGateway>(gateway));
        await DrawWorld.CentresAsync(node.Grains);
        await DrawWorld.ExpertsAsync(node.Grains, 8, "330203", "nb");
        var draw = node.Grains.GetGrain<IDrawGrain>("d-1");
        await draw.RequestAsync(DrawWorld.Request(Fixture.Time.GetUtcNow()), DrawSecret.CommitmentOf(DrawWorld.Secret), new CommandContext("request"));

        var result = await draw.PerformAsync(DrawWorld.Secret, "4711", new CommandContext("perform"));

        Assert.True(result.Accepted, result.Rejection?.ToString());
        var snapshot = await draw.GetSnapshotAsync();
        var failures = snapshot.State.Invitations;
        Assert.Equal(8, failures.Count); // every candidate in drawn order was tried once, none twice
        Assert.All(failures, i => Assert.Equal(InvitationStatus.NotificationFailed, i.Status));
        Assert.Contains("503", failures[0].Reason, StringComparison.Ordinal);
        Assert.All(failures.Skip(1), i => Assert.Contains("circuit open", i.Reason, StringComparison.Ordinal));
        Assert.Equal([0], snapshot.ShortSlots);
        Assert.Equal(4, handler.Calls);
    }

    private WebhookNotificationGateway Gateway() => new(
        new HttpClient(handler),
        Options.Create(new WebhookOptions { Endpoint = new Uri("http://notify.invalid/invitations"), RetryDelay = TimeSpan.Zero, MinimumThroughput = 4, FailureRatio = 0.5 }),
        Fixture.Time,
        NullLogger<WebhookNotificationGateway>.Instance);

    private static InvitationNotice Notice(string expertId) => new("d-1", expertId, "site-nb", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, "token");

    private sealed class CountingHandler : HttpMessageHandler
    {
        public HttpStatusCode Answer { get; set; } = HttpStatusCode.OK;

        public int SucceedFromCall { get; set; } = int.MaxValue;

        public int Calls { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Calls++;
            return Task.FromResult(new HttpResponseMessage(Calls >= SucceedFromCall ? HttpStatusCode.OK : Answer));
        }
    }
}

public sealed class NotificationFailureTests_on_SQLite : NotificationFailureTests
{
    protected override StoreVendor Vendor => StoreVendor.Sqlite;
}

public sealed class NotificationFailureTests_on_PostgreSQL : NotificationFailureTests
{
    protected override StoreVendor Vendor => StoreVendor.PostgreSql;
}
