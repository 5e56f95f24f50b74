using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Sessions;

namespace RemoteEvaluation.Domain.Chat;

/// <summary>
/// Post a chat message (文字交流) between centres: to everyone in the session (全体) when <paramref name="ToSiteId"/> is
/// null, or on the private channel between the host centre and one remote centre (主场与副场私聊) named by it.
/// Host staff may use every channel; remote-centre staff only their own centre's channel.
/// </summary>
public sealed record PostChatMessage(Actor By, string? ToSiteId, string Text) : SessionCommand(By);
