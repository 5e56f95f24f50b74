namespace RemoteEvaluation.SessionSimulator;

/// <summary>The demo province's centres with a staff account each (演示场地): the host first.</summary>
public static class DemoCentres
{
    public static readonly (string SiteId, string Staff)[] All =
    [
        ("site-330100", "host.hz"),
        ("site-330200", "staff.nb"),
        ("site-330300", "staff.wz"),
    ];

    public static string HostSite => All[0].SiteId;

    public static string HostStaff => All[0].Staff;
}
