using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Sessions;

namespace RemoteEvaluation.Domain.Documents;

/// <summary>
/// The presenter (主讲, host staff) puts a document on everyone's screen (文档同步): which document, which page
/// (from 1), the zoom (1 = 100%) and how far down the page it is scrolled (0 = top, 1 = bottom).
/// </summary>
public sealed record ShowDocument(Actor By, string DocumentId, int Page, decimal Zoom = 1m, decimal Scroll = 0m) : SessionCommand(By);
