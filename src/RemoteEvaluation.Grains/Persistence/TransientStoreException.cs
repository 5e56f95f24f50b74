namespace RemoteEvaluation.Grains.Persistence;

/// <summary>
/// The database could not be reached or was busy; the same call may succeed if repeated.
/// Stores wrap their driver's transient faults in this so callers retry on one type.
/// </summary>
public sealed class TransientStoreException : Exception
{
    public TransientStoreException()
    {
    }

    public TransientStoreException(string message)
        : base(message)
    {
    }

    public TransientStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
