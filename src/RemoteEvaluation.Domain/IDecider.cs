namespace RemoteEvaluation.Domain;

/// <summary>
/// The behaviour of one event-sourced entity as two pure functions.
/// <c>Decide</c> turns a command into events or a rejection; <c>Evolve</c> folds one event
/// into the state. Neither does I/O; time comes in as <c>now</c>.
/// </summary>
public interface IDecider<TState, in TCommand, TEvent>
{
    /// <summary>The state of an entity before its first event.</summary>
    static abstract TState Initial { get; }

    static abstract Decision<TEvent> Decide(TState state, TCommand command, DateTimeOffset now);

    static abstract TState Evolve(TState state, TEvent recorded);
}
