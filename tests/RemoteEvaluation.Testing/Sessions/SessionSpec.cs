using RemoteEvaluation.Domain.Sessions;

namespace RemoteEvaluation.Domain.Tests.Infrastructure;

/// <summary>
/// Given / when / then over <see cref="SessionDecider"/>: <c>Given</c> runs commands that must be accepted,
/// <c>When</c> runs one that must be accepted and returns its events, <c>Rejects</c> runs one that must be
/// rejected with a code and checks that nothing was recorded.
/// </summary>
public sealed class SessionSpec : ISessionDriver
{
    public SessionState State { get; private set; } = SessionDecider.Initial;

    public DateTimeOffset Now { get; private set; }

    public List<SessionEvent> History { get; } = [];

    public SessionSpec At(DateTimeOffset now)
    {
        Now = now;
        return this;
    }

    public SessionSpec Later(TimeSpan by) => At(Now + by);

    ISessionDriver ISessionDriver.At(DateTimeOffset now) => At(now);

    ISessionDriver ISessionDriver.Given(params SessionCommand[] commands) => Given(commands);

    public SessionSpec Given(params SessionCommand[] commands)
    {
        foreach (var command in commands)
        {
            var decision = SessionDecider.Decide(State, command, Now);
            if (decision.IsRejected)
            {
                throw new InvalidOperationException($"Given {command.GetType().Name} was rejected: {decision.Rejection}");
            }

            Record(decision.Events);
        }

        return this;
    }

    public IReadOnlyList<SessionEvent> When(SessionCommand command)
    {
        var decision = SessionDecider.Decide(State, command, Now);
        Assert.False(decision.IsRejected, $"{command.GetType().Name} was rejected: {decision.Rejection}");
        Record(decision.Events);
        return decision.Events;
    }

    public Rejection Rejects(SessionCommand command, string code)
    {
        var before = State;
        var decision = SessionDecider.Decide(State, command, Now);
        Assert.True(decision.IsRejected, $"{command.GetType().Name} was accepted with {string.Join(", ", decision.Events.Select(e => e.GetType().Name))}; expected {code}.");
        Assert.Equal(code, decision.Rejection!.Code);
        Assert.Empty(decision.Events);
        Assert.False(string.IsNullOrWhiteSpace(decision.Rejection.Message));
        Assert.Same(before, State);
        return decision.Rejection;
    }

    public T Only<T>()
        where T : SessionEvent => Assert.Single(History.OfType<T>());

    private void Record(IReadOnlyList<SessionEvent> events)
    {
        foreach (var e in events)
        {
            State = SessionDecider.Evolve(State, e);
            History.Add(e);
        }
    }
}
