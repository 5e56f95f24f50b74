using System.Text.RegularExpressions;

namespace RemoteEvaluation.Server.Hosting;

/// <summary>This node's name (<c>Node:Name</c>, default host name and process id), safe to use in a stream id.</summary>
public sealed partial class NodeIdentity(IConfiguration configuration)
{
    public string Name { get; } = Unsafe().Replace(configuration["Node:Name"] ?? $"{Environment.MachineName}-{Environment.ProcessId}", "-");

    [GeneratedRegex("[^A-Za-z0-9._:-]")]
    private static partial Regex Unsafe();
}
