using System.Text.Json;

namespace RemoteEvaluation.Client.Protocol;

/// <summary>
/// One hub protocol message received from the server. Only the fields of the message types this
/// client handles are kept; every <see cref="JsonElement"/> is detached from the receive buffer.
/// </summary>
internal sealed record HubMessage(HubMessageType Type)
{
    /// <summary>Set on invocations that expect a completion and on completions.</summary>
    public string? InvocationId { get; init; }

    /// <summary>The client method an invocation calls (<c>ReceiveEvents</c>).</summary>
    public string? Target { get; init; }

    /// <summary>The arguments of an invocation: a JSON array (empty when absent).</summary>
    public IReadOnlyList<JsonElement> Arguments { get; init; } = [];

    /// <summary>The result of a completion; <see langword="null"/> when the method returned nothing.</summary>
    public JsonElement? Result { get; init; }

    /// <summary>The error text of a completion or close message.</summary>
    public string? Error { get; init; }

    /// <summary>Whether a close message lets the client reconnect.</summary>
    public bool AllowReconnect { get; init; }
}
