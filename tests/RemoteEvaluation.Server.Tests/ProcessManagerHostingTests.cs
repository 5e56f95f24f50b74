using Microsoft.Extensions.DependencyInjection;
using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Grains.Reminders;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Grains.Sessions;

namespace RemoteEvaluation.Server.Tests;

/// <summary>The server starts the process manager with the host and wires it to its store's change feed.</summary>
public sealed class ProcessManagerHostingTests
{
    [Fact]
    public async Task a_suspension_recorded_on_the_server_is_on_its_process_managers_due_list_by_its_deadline()
    {
        await using var server = new ServerFactory();
        _ = server.CreateClient(); // starts the host and its hosted services
        var host = new Actor(ActorRole.HostStaff, "host-1", "HZ");
        var start = DateTimeOffset.UtcNow.AddDays(1);
        var session = server.Services.GetRequiredService<IGrainFactory>().GetGrain<ISessionGrain>("s-hosted");
        Assert.True((await session.ExecuteAsync(new ScheduleSession(host, "ZJ-1", "Hall", "HZ", start), new CommandContext("schedule"))).Accepted);

        Assert.True((await session.ExecuteAsync(new SuspendSession(host, "Link down"), new CommandContext("suspend"))).Accepted);

        var reminders = server.Services.GetRequiredService<ReminderService>();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        while (reminders.Pending.Count == 0)
        {
            await Task.Delay(20, timeout.Token);
        }

        Assert.Equal(("session/s-hosted", "abandon:1", start + TimeSpan.FromHours(2) + TimeSpan.FromMilliseconds(1)), Assert.Single(reminders.Pending));
    }
}
