namespace RemoteEvaluation.Grains.Runtime;

/// <summary>
/// The base of every grain class. The runtime sets <see cref="Key"/> and calls
/// <see cref="OnActivateAsync"/> before the first call and <see cref="OnDeactivateAsync"/> when the
/// activation leaves memory; both run inside the activation's turn, like any call.
/// </summary>
public abstract class Grain
{
    /// <summary>The key this activation was created for.</summary>
    public string Key { get; internal set; } = string.Empty;

    public virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual Task OnDeactivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
