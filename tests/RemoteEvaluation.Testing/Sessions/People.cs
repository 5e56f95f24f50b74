using RemoteEvaluation.Domain.Actors;

namespace RemoteEvaluation.Domain.Tests.Infrastructure;

/// <summary>The people of the standard test session: host centre HZ, remote centres NB and WZ.</summary>
public static class People
{
    public const string HostSite = "HZ";
    public const string Ningbo = "NB";
    public const string Wenzhou = "WZ";

    public static readonly Actor Host = new(ActorRole.HostStaff, "host-1", HostSite);
    public static readonly Actor NingboStaff = new(ActorRole.SiteStaff, "staff-nb", Ningbo);
    public static readonly Actor WenzhouStaff = new(ActorRole.SiteStaff, "staff-wz", Wenzhou);
    public static readonly Actor Supervisor = new(ActorRole.Supervisor, "sup-1", HostSite);
    public static readonly Actor Auditor = new(ActorRole.Auditor, "aud-1", HostSite);
    public static readonly Actor Coordinator = new(ActorRole.Coordinator, "coord-1", HostSite);

    /// <summary>The draw, which alone seats the committee and its replacements.</summary>
    public static readonly Actor DrawSystem = Actor.Draw;

    public static Actor Expert(string id, string site) => new(ActorRole.Expert, id, site);

    public static Actor Representative(string id, string site = HostSite) => new(ActorRole.TendererRepresentative, id, site);

    public static Actor Bidder(string id) => new(ActorRole.Bidder, id, "internet");

    public static Actor StaffOf(string site) => site == HostSite ? Host : new Actor(ActorRole.SiteStaff, $"staff-{site.ToLowerInvariant()}", site);
}
