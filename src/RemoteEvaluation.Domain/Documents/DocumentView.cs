namespace RemoteEvaluation.Domain.Documents;

/// <summary>What the presenter has on screen (当前展示文档): document, page, zoom and scroll position.</summary>
public sealed record DocumentView(string DocumentId, int Page, decimal Zoom, decimal Scroll);
