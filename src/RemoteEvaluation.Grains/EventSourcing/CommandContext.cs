using System.Text.Json;
using System.Text.Json.Serialization;

namespace RemoteEvaluation.Grains.EventSourcing;

/// <summary>
/// Who sent a command and how (指令来源): the client-chosen command id that makes a retry harmless,
/// and the person, role, site and connection recorded in the metadata of every event it causes.
/// </summary>
public sealed record CommandContext(
    string CommandId,
    string? ActorId = null,
    string? Role = null,
    string? SiteId = null,
    string? ConnectionId = null)
{
    /// <summary>The trace the command ran under, so a recorded event leads back to its request.</summary>
    public string? TraceId { get; init; }

    public static CommandContext System(string commandId) => new(commandId, "system", "system");

    public byte[] ToMetadata() => JsonSerializer.SerializeToUtf8Bytes(this, MetadataOptions);

    private static readonly JsonSerializerOptions MetadataOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
