using System.Reflection;

namespace RemoteEvaluation.Grains.Runtime;

/// <summary>Which class implements each grain interface; filled by <c>AddGrain</c> at start-up.</summary>
public sealed class GrainRegistry
{
    private readonly Dictionary<Type, Type> implementations = [];

    public void Add(Type grainInterface, Type implementation)
    {
        if (!grainInterface.IsInterface || !typeof(IGrainWithStringKey).IsAssignableFrom(grainInterface))
        {
            throw new ArgumentException($"{grainInterface.Name} is not a grain interface.", nameof(grainInterface));
        }

        if (!typeof(Grain).IsAssignableFrom(implementation) || !grainInterface.IsAssignableFrom(implementation))
        {
            throw new ArgumentException($"{implementation.Name} must derive from Grain and implement {grainInterface.Name}.", nameof(implementation));
        }

        var notAsync = grainInterface.GetMethods().Concat(grainInterface.GetInterfaces().SelectMany(i => i.GetMethods()))
            .FirstOrDefault(m => !typeof(Task).IsAssignableFrom(m.ReturnType));
        if (notAsync is not null)
        {
            throw new ArgumentException($"{grainInterface.Name}.{notAsync.Name} must return Task or Task<T>: grain calls are asynchronous.", nameof(grainInterface));
        }

        implementations[grainInterface] = implementation;
    }

    public Type ImplementationOf(Type grainInterface) =>
        implementations.TryGetValue(grainInterface, out var type)
            ? type
            : throw new InvalidOperationException($"No grain class is registered for {grainInterface.Name}; call AddGrain<{grainInterface.Name}, …>() at start-up.");

    internal static bool ReturnsTaskOfT(MethodInfo method, out Type? result)
    {
        result = method.ReturnType.IsGenericType && method.ReturnType.GetGenericTypeDefinition() == typeof(Task<>)
            ? method.ReturnType.GetGenericArguments()[0]
            : null;
        return result is not null;
    }
}
