namespace RemoteEvaluation.Server.Hubs;

/// <summary>
/// The one place that names SignalR groups (分组). Groups are addressing, not security: a connection joins them only
/// after <c>IAccessRules</c> allowed it, and what each audience group receives has been through <c>EventVisibility</c>.
/// Names start with the session's stream id, so no two sessions share a group.
/// </summary>
public static class HubGroups
{
    /// <summary>The connections that see a session's events alike (one <see cref="Audience"/>).</summary>
    public static string Audience(string sessionId, Audience audience)
    {
        ArgumentNullException.ThrowIfNull(audience);
        return $"{Stream(sessionId)}#{audience.Key}";
    }

    /// <summary>Every connection that joined the session, whatever its audience (for messages everyone may see).</summary>
    public static string Everyone(string sessionId) => $"{Stream(sessionId)}#everyone";

    /// <summary>The connections that joined the session from one centre (主场 or 副场).</summary>
    public static string Site(string sessionId, string siteId) => $"{Stream(sessionId)}#site:{siteId}";

    /// <summary>Coordinators and supervisors watching the province board (<c>/hubs/province</c>).</summary>
    public const string Province = "province";

    /// <summary>The province coordinators among them: told of every centre's link faults (<c>Alert</c>).</summary>
    public const string ProvinceCoordinators = "province#coordinators";

    /// <summary>The session's stream id, <c>session/{id}</c>.</summary>
    public static string Stream(string sessionId) => $"session/{sessionId}";
}
