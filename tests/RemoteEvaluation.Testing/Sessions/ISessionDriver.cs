using RemoteEvaluation.Domain.Sessions;

namespace RemoteEvaluation.Domain.Tests.Infrastructure;

/// <summary>Something that runs session commands at given times and insists each is accepted: the pure rules or a grain.</summary>
public interface ISessionDriver
{
    ISessionDriver At(DateTimeOffset now);

    ISessionDriver Given(params SessionCommand[] commands);
}
