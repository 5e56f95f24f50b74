using System.Text.Json;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Storage.Feed;

namespace RemoteEvaluation.Server.Hosting;

/// <summary>
/// An operator's check that the nodes hear each other (节点互通检查): send a probe event through one node
/// and wait for it on another. Off unless <c>Diagnostics:FeedProbe</c> is true, since it writes to the log.
/// </summary>
public static class FeedProbeEndpoints
{
    public static WebApplication MapFeedProbe(this WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>("Diagnostics:FeedProbe"))
        {
            return app;
        }

        app.MapPost("/diagnostics/feed-probe", SendAsync);
        app.MapGet("/diagnostics/feed-probe", WaitAsync);
        return app;
    }

    /// <summary>Appends one <c>probe.sent</c> event to this node's probe stream.</summary>
    private static async Task<IResult> SendAsync(IEventStore store, NodeIdentity node, TimeProvider time, CancellationToken cancellationToken)
    {
        var stream = $"probe/{node.Name}";
        var data = JsonSerializer.SerializeToUtf8Bytes(new { node = node.Name, sentAt = time.GetUtcNow() });
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var head = await store.GetHeadAsync(stream, cancellationToken);
            var result = await store.AppendAsync(stream, head?.Version ?? 0, [new NewEvent("probe.sent", data)], cancellationToken: cancellationToken);
            switch (result)
            {
                case AppendResult.Appended appended:
                    return Results.Ok(new { stream, version = appended.LastVersion, node = node.Name });
                case AppendResult.Invalid invalid:
                    return Results.Problem(invalid.Message, statusCode: StatusCodes.Status400BadRequest, title: invalid.Code);
            }
        }

        return Results.Problem("The probe stream kept changing under us; try again.", statusCode: StatusCodes.Status409Conflict, title: "probe.contended");
    }

    /// <summary>Waits until this node's change feed delivers an event of <paramref name="stream"/> after <paramref name="after"/>.</summary>
    private static async Task<IResult> WaitAsync(
        string stream, long after, int? timeoutMs, IChangeFeed feed, NodeIdentity node, TimeProvider time, CancellationToken cancellationToken)
    {
        var received = new TaskCompletionSource<StoredEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var follow = feed.Follow(stream, after, (e, _) =>
        {
            received.TrySetResult(e);
            return ValueTask.CompletedTask;
        });
        try
        {
            var e = await received.Task.WaitAsync(TimeSpan.FromMilliseconds(Math.Clamp(timeoutMs ?? 5000, 1, 60_000)), time, cancellationToken);
            return Results.Ok(new { stream, version = e.Version, recordedAt = e.RecordedAt, receivedAt = time.GetUtcNow(), receivedBy = node.Name });
        }
        catch (TimeoutException)
        {
            return Results.Problem($"No event after version {after} of {stream} reached {node.Name} in time.", statusCode: StatusCodes.Status504GatewayTimeout, title: "probe.not_received");
        }
    }
}
