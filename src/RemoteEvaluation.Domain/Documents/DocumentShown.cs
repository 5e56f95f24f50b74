using RemoteEvaluation.Domain.Sessions;

namespace RemoteEvaluation.Domain.Documents;

/// <summary>The presenter showed a document position (文档展示): replaying to any version shows what was on screen then.</summary>
[EventType("document.shown")]
public sealed record DocumentShown(string DocumentId, int Page, decimal Zoom, decimal Scroll, string PresenterId, DateTimeOffset At) : SessionEvent;
