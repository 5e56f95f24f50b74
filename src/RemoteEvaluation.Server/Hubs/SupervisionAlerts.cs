using RemoteEvaluation.Contracts;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Domain.Supervision;

namespace RemoteEvaluation.Server.Hubs;

/// <summary>
/// Recorded events that also deserve an <c>Alert</c> (告警) on screen: a supervisor's warning (监督警示). The broadcaster
/// sends it to every audience that may see the event, so an alert never reaches anyone <c>EventVisibility</c> hides it from.
/// </summary>
public static class SupervisionAlerts
{
    public const string WarningCode = "supervision.warning";

    /// <summary>The alert <paramref name="e"/> raises in <paramref name="sessionId"/>, or null for an event that raises none.</summary>
    public static AlertNotice? For(string sessionId, SessionEvent e) => e switch
    {
        WarningIssued w => new AlertNotice(WarningCode, w.Text, sessionId, w.ToSiteId, w.At),
        _ => null,
    };
}
