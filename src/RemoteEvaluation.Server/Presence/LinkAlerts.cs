using System.Reflection;
using RemoteEvaluation.Contracts;
using RemoteEvaluation.Domain;
using RemoteEvaluation.Domain.Presence;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Grains.Persistence;

namespace RemoteEvaluation.Server.Presence;

/// <summary>
/// The alert (链路告警) a recorded link fault raises, the same for a session's own audience (<see cref="LinkHealthFeed"/>)
/// and the province board's coordinators (<see cref="Province.ProvinceLinkAlerts"/>): a silence when checked-in members
/// sit at the centre, a return always. Raised at the event's own time, so every node, and a repeat, tells the same alert.
/// </summary>
public static class LinkAlerts
{
    public const string Silent = "site.silent";
    public const string Back = "site.back";

    private static readonly string SilentType = typeof(SiteWentSilent).GetCustomAttribute<EventTypeAttribute>()!.Name;
    private static readonly string BackType = typeof(SiteCameBack).GetCustomAttribute<EventTypeAttribute>()!.Name;

    /// <summary>Whether <paramref name="stored"/> is a silence or a return: nothing else need be decoded.</summary>
    public static bool IsLinkFault(StoredEvent stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return stored.Type == SilentType || stored.Type == BackType;
    }

    /// <summary>The alert <paramref name="fault"/> raises in <paramref name="sessionId"/>, or null when it raises none.</summary>
    public static AlertNotice? Of(string sessionId, SessionEvent fault) => fault switch
    {
        SiteWentSilent silent => OfSilence(sessionId, silent),
        SiteCameBack back => OfReturn(sessionId, back),
        _ => null,
    };

    /// <summary>A silence is told only when checked-in members sit at the centre: an empty centre holds nothing up.</summary>
    public static AlertNotice? OfSilence(string sessionId, SiteWentSilent silent)
    {
        ArgumentNullException.ThrowIfNull(silent);
        return silent.CheckedInMembers > 0
            ? new AlertNotice(Silent, $"Centre {silent.SiteId} has not answered since {silent.LastHeardAt:u}; {silent.CheckedInMembers} checked-in member(s) sit there.", sessionId, silent.SiteId, silent.At)
            : null;
    }

    public static AlertNotice OfReturn(string sessionId, SiteCameBack back)
    {
        ArgumentNullException.ThrowIfNull(back);
        return new AlertNotice(Back, $"Centre {back.SiteId} answers again (silent since {back.SilentSince:u}).", sessionId, back.SiteId, back.At);
    }
}
