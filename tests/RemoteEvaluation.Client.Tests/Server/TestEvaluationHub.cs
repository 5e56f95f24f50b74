using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.SignalR;
using RemoteEvaluation.Contracts;

namespace RemoteEvaluation.Client.Tests.Server;

/// <summary>A small strongly typed hub with the shapes of the real evaluation hub: results, refusals, pushes, scoring and resync.</summary>
[SuppressMessage("Performance", "CA1822", Justification = "SignalR dispatches instance methods only.")]
public sealed class TestEvaluationHub(ScoreLog log, ConnectionRegistry connections) : Hub<IEvaluationClient>
{
    public override Task OnConnectedAsync()
    {
        connections.Add(Context);
        return Task.CompletedTask;
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        connections.Remove(Context);
        return Task.CompletedTask;
    }

    public string Echo(string text) => text;

    public string WhoAmI() => Context.ConnectionId;

    public async Task<int> Add(int left, int right)
    {
        await Task.Yield();
        return left + right;
    }

    public string[] Credentials()
    {
        var request = Context.GetHttpContext()!.Request;
        return [request.Query["access_token"].ToString(), request.Headers.Authorization.ToString()];
    }

    public void Refuse(string code, bool retriable) =>
        throw new HubException(new HubError(code, "Refused by the test hub.", retriable).ToExceptionMessage());

    public void Crash() => throw new InvalidOperationException("secret server detail");

    public Task PushAlert(string message) =>
        Clients.Caller.Alert(new AlertNotice("test.alert", message, "session-1", "site-2", DateTimeOffset.UtcNow));

    public async Task<CommandAck> Score(string commandId, int points)
    {
        var (ack, appended, dropAnswer) = log.Append(commandId, points);
        if (dropAnswer)
        {
            // Recorded but neither broadcast nor answered: only a retry and a resync can bring it back.
            Context.Abort();
            await Task.Delay(Timeout.Infinite, Context.ConnectionAborted);
        }

        if (appended is not null)
        {
            await Clients.All.ReceiveEvents([appended]);
        }

        return ack;
    }

    public async Task<int> Resync(string sessionId, long afterVersion)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionId);
        var missing = log.After(afterVersion);
        if (missing.Count > 0)
        {
            await Clients.Caller.ReceiveEvents(missing);
        }

        return missing.Count;
    }

    public void AbortMe() => Context.Abort();

    public Task Stall(int milliseconds) => Task.Delay(milliseconds, Context.ConnectionAborted);
}
