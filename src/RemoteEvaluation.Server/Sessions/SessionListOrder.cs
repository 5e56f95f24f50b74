namespace RemoteEvaluation.Server.Sessions;

/// <summary>The order of <c>GET /api/sessions</c> (会话列表排序), by the sessions' start: <c>order=oldest|newest</c>.</summary>
public enum SessionListOrder
{
    /// <summary>Earliest start first: the default, as the list has always been.</summary>
    Oldest,

    /// <summary>Latest start first: what a person opening the list looks for.</summary>
    Newest,
}
