namespace RemoteEvaluation.Grains.Runtime;

/// <summary>
/// One grain in memory on this node: its instance and its turn lock. Calls take the lock, so a grain
/// never runs two calls at once; deactivation takes it too, so it never happens mid-call.
/// </summary>
internal sealed class Activation(GrainId id, Grain instance, long createdAt)
{
    public GrainId Id { get; } = id;

    public Grain Instance { get; } = instance;

    public SemaphoreSlim Turn { get; } = new(1, 1);

    /// <summary>Set under the turn lock once <see cref="Grain.OnActivateAsync"/> succeeded.</summary>
    public bool IsActivated { get; set; }

    /// <summary>Set under the turn lock when the activation leaves the table; callers holding it go get a new one.</summary>
    public bool IsDeactivated { get; set; }

    /// <summary>Timestamp (<see cref="TimeProvider.GetTimestamp"/>) of the last finished call.</summary>
    public long LastUsed { get; set; } = createdAt;
}

/// <summary>A grain's identity: its interface and its key.</summary>
internal readonly record struct GrainId(Type Interface, string Key)
{
    public override string ToString() => $"{Interface.Name}/{Key}";
}
