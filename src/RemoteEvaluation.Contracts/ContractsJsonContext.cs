using System.Text.Json;
using System.Text.Json.Serialization;

namespace RemoteEvaluation.Contracts;

/// <summary>
/// Source-generated System.Text.Json contracts for every record the hubs send or receive, with web
/// naming (camelCase properties, case-insensitive reading), the same shape SignalR's JSON protocol
/// uses. On the server, put it before reflection in the hub's payload options (the defaults have no
/// resolver yet, so inserting it alone would leave every other type unserializable):
/// <c>AddJsonProtocol(o =&gt; o.PayloadSerializerOptions.TypeInfoResolver =
/// JsonTypeInfoResolver.Combine(ContractsJsonContext.Default, new DefaultJsonTypeInfoResolver()))</c>.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(EventEnvelope))]
[JsonSerializable(typeof(IReadOnlyList<EventEnvelope>))]
[JsonSerializable(typeof(EventEnvelope[]))]
[JsonSerializable(typeof(CommandAck))]
[JsonSerializable(typeof(SessionJoined))]
[JsonSerializable(typeof(HubError))]
[JsonSerializable(typeof(HeartbeatProbe))]
[JsonSerializable(typeof(PresenceUpdate))]
[JsonSerializable(typeof(AlertNotice))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(bool))]
public sealed partial class ContractsJsonContext : JsonSerializerContext;
