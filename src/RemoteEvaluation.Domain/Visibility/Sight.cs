namespace RemoteEvaluation.Domain.Visibility;

/// <summary>What one audience gets of one event (可见范围): the event, a redacted copy, or nothing.</summary>
public abstract record Sight
{
    public static readonly Sight Shown = new ShownEvent();

    public static readonly Sight Hidden = new HiddenEvent();

    public static Sight Redacted(Sessions.SessionEvent replacement) => new RedactedEvent(replacement);

    /// <summary>可见: the audience sees the event as recorded.</summary>
    public sealed record ShownEvent : Sight;

    /// <summary>脱敏: the audience sees <paramref name="Event"/>, a copy with what it may not know removed.</summary>
    public sealed record RedactedEvent(Sessions.SessionEvent Event) : Sight;

    /// <summary>不可见: the audience does not get the event at all.</summary>
    public sealed record HiddenEvent : Sight;
}
