using System.Reflection;
using Microsoft.Extensions.Logging;

namespace RemoteEvaluation.Server.Tests;

/// <summary>
/// Every source-generated log message of ours has an event id of its own, so that filtering or alerting on an id finds
/// one kind of message (3301 once meant both a failed push and a revealed draw).
/// </summary>
public sealed class Log_event_ids_are_unique
{
    [Fact]
    public void no_two_log_messages_in_our_assemblies_share_an_event_id()
    {
        var messages = OurAssemblies()
            .SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Select(m => (Method: $"{m.DeclaringType!.FullName}.{m.Name}", Attribute: m.GetCustomAttribute<LoggerMessageAttribute>()))
            .Where(m => m.Attribute is not null)
            .ToList();

        var shared = messages
            .GroupBy(m => m.Attribute!.EventId)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(m => m.Method))}");

        Assert.True(messages.Count > 50, $"only {messages.Count} log messages found; are our assemblies all loaded?");
        Assert.Empty(shared);
    }

    /// <summary>The assemblies built from this repository that the server tests carry (every one that logs).</summary>
    private static IEnumerable<Assembly> OurAssemblies() =>
        Directory.GetFiles(AppContext.BaseDirectory, "*.dll")
            .Where(f => Path.GetFileName(f).StartsWith("RemoteEvaluation.", StringComparison.Ordinal) || Path.GetFileName(f) == "SessionSimulator.dll")
            .Select(f => Assembly.Load(AssemblyName.GetAssemblyName(f)));
}
