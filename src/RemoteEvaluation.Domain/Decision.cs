namespace RemoteEvaluation.Domain;

/// <summary>
/// The outcome of <c>Decide</c>: either the events to record, or one rejection.
/// An accepted decision with no events is allowed (the command changed nothing).
/// </summary>
public readonly record struct Decision<TEvent>
{
    private Decision(IReadOnlyList<TEvent> events, Rejection? rejection)
    {
        Events = events;
        Rejection = rejection;
    }

    public IReadOnlyList<TEvent> Events { get; }

    public Rejection? Rejection { get; }

    public bool IsRejected => Rejection is not null;

    public static Decision<TEvent> Accept(params IReadOnlyList<TEvent> events) => new(events, null);

    public static Decision<TEvent> Reject(string code, string message) => new([], new Rejection(code, message));

    public static Decision<TEvent> Reject(Rejection rejection) => new([], rejection);

    public static implicit operator Decision<TEvent>(Rejection rejection) => Reject(rejection);
}
