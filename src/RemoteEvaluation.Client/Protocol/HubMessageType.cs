namespace RemoteEvaluation.Client.Protocol;

/// <summary>The <c>type</c> field of SignalR hub protocol messages that this client reads or writes.</summary>
internal enum HubMessageType
{
    Invocation = 1,
    StreamItem = 2,
    Completion = 3,
    StreamInvocation = 4,
    CancelInvocation = 5,
    Ping = 6,
    Close = 7,
}
