using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace RemoteEvaluation.Grains.Telemetry;

/// <summary>The one <see cref="ActivitySource"/> and <see cref="Meter"/> of the service, both named <c>RemoteEvaluation</c>.</summary>
public static class Instrumentation
{
    public const string Name = "RemoteEvaluation";

    public static ActivitySource ActivitySource { get; } = new(Name);

    public static Meter Meter { get; } = new(Name);

    public static Counter<long> CommandsExecuted { get; } =
        Meter.CreateCounter<long>("remote_evaluation.grain.commands", description: "Commands executed by grains, by grain type and outcome.");

    public static Counter<long> VersionConflicts { get; } =
        Meter.CreateCounter<long>("remote_evaluation.grain.version_conflicts", description: "Appends that lost to another writer and were decided again.");

    public static Histogram<double> CommandDuration { get; } =
        Meter.CreateHistogram<double>("remote_evaluation.grain.command.duration", unit: "ms", description: "Time to decide and append one command.");

    public static Counter<long> RemindersFired { get; } =
        Meter.CreateCounter<long>("remote_evaluation.reminders.fired", description: "Reminders the process manager sent, by outcome (finished, retry, gaveup).");
}
