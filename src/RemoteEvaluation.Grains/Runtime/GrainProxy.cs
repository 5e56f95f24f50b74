using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.ExceptionServices;

namespace RemoteEvaluation.Grains.Runtime;

/// <summary>
/// A grain reference: implements the grain interface and routes every call through the catalog, so
/// holding a reference never pins an activation (it may be collected and come back between calls).
/// </summary>
public class GrainProxy : DispatchProxy
{
    private static readonly ConcurrentDictionary<MethodInfo, Func<GrainProxy, MethodInfo, object?[]?, object>> Dispatchers = new();
    private static readonly MethodInfo InvokeTypedMethod = typeof(GrainProxy).GetMethod(nameof(InvokeTyped), BindingFlags.NonPublic | BindingFlags.Instance)!;
    private GrainCatalog? catalog;
    private GrainId id;

    internal static T Create<T>(GrainCatalog catalog, GrainId id)
        where T : class
    {
        var proxy = (GrainProxy)(object)DispatchProxy.Create<T, GrainProxy>();
        proxy.catalog = catalog;
        proxy.id = id;
        return (T)(object)proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        return Dispatchers.GetOrAdd(targetMethod, Build)(this, targetMethod, args);
    }

    private static Func<GrainProxy, MethodInfo, object?[]?, object> Build(MethodInfo method)
    {
        if (GrainRegistry.ReturnsTaskOfT(method, out var result))
        {
            var typed = InvokeTypedMethod.MakeGenericMethod(result!);
            return (proxy, m, args) => typed.Invoke(proxy, [m, args, false])!;
        }

        return (proxy, m, args) => proxy.InvokeTyped<bool>(m, args, untyped: true);
    }

    private Task<T> InvokeTyped<T>(MethodInfo method, object?[]? args, bool untyped) =>
        catalog!.InvokeAsync(id, async grain =>
        {
            Task task;
            try
            {
                task = (Task)method.Invoke(grain, args)!;
            }
            catch (TargetInvocationException ex) when (ex.InnerException is not null)
            {
                ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
                throw;
            }

            if (untyped)
            {
                await task;
                return default!;
            }

            return await (Task<T>)task;
        });
}
