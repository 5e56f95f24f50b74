namespace RemoteEvaluation.Domain;

/// <summary>
/// The stable name an event is stored under (for example <c>session.scheduled</c>).
/// Renaming a class never changes what is in the log; renaming this value would.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class EventTypeAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
