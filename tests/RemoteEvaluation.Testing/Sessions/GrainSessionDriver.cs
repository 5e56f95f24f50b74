using Microsoft.Extensions.Time.Testing;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Grains.Sessions;

namespace RemoteEvaluation.Domain.Tests.Infrastructure;

/// <summary>Drives a session script through a real <see cref="ISessionGrain"/>, moving the fake clock to each command's time.</summary>
public sealed class GrainSessionDriver(ISessionGrain session, FakeTimeProvider time) : ISessionDriver
{
    private int sent;

    public ISessionDriver At(DateTimeOffset now)
    {
        time.SetUtcNow(now);
        return this;
    }

    public ISessionDriver Given(params SessionCommand[] commands)
    {
        foreach (var command in commands)
        {
            var result = session.ExecuteAsync(command, new CommandContext($"cmd-{++sent}", command.By.PersonId, command.By.Role.ToString(), command.By.SiteId))
                .GetAwaiter().GetResult();
            Assert.True(result.Accepted, $"{command.GetType().Name} was rejected: {result.Rejection}");
        }

        return this;
    }
}
