using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Sessions;

namespace RemoteEvaluation.Domain.Chat;

/// <summary>A chat message (文字消息) was posted: to everyone when <c>ToSiteId</c> is null, else between the host centre and that remote centre.</summary>
[EventType("chat.message_posted")]
public sealed record ChatMessagePosted(string FromPersonId, ActorRole FromRole, string FromSiteId, string? ToSiteId, string Text, DateTimeOffset At) : SessionEvent;
