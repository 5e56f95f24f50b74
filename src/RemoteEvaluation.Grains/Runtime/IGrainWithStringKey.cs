namespace RemoteEvaluation.Grains.Runtime;

/// <summary>
/// Marks a grain interface (单写者实体): an entity addressed by a string key, every method returning
/// <see cref="Task"/> or <see cref="Task{TResult}"/>. Calls on one key run one at a time on a node.
/// </summary>
#pragma warning disable CA1040 // A marker interface is the Orleans shape this project keeps.
public interface IGrainWithStringKey;
#pragma warning restore CA1040
