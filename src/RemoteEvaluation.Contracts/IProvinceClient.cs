namespace RemoteEvaluation.Contracts;

/// <summary>What the province hub (<c>/hubs/province</c>) pushes to coordinators and supervisors (server to client).</summary>
public interface IProvinceClient
{
    /// <summary>A session of today changed (phase, suspension, connections, link health); replaces the client's view of it when newer.</summary>
    Task SessionChanged(ProvinceSession session);

    /// <summary>To coordinators: a centre of a session of today lost its link (<c>site.silent</c>, checked-in members sit there) or is back (<c>site.back</c>).</summary>
    Task Alert(AlertNotice alert);
}
