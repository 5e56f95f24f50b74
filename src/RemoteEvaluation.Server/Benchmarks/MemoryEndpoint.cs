using System.Diagnostics;

namespace RemoteEvaluation.Server.Benchmarks;

/// <summary>
/// The node's memory as a load test reads it (内存读数): GC heap after a full collection, working set, and the open hub
/// connections. Off unless <c>Diagnostics:Memory</c> is true: the forced collection pauses the node.
/// </summary>
public static class MemoryEndpoint
{
    public const string Setting = "Diagnostics:Memory";

    public static WebApplication MapMemoryReading(this WebApplication app)
    {
        if (app.Configuration.GetValue<bool>(Setting))
        {
            app.MapGet("/diagnostics/memory", Read);
        }

        return app;
    }

    private static IResult Read()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        return Results.Ok(new { gcHeapBytes = GC.GetTotalMemory(forceFullCollection: false), workingSetBytes = process.WorkingSet64 });
    }
}
