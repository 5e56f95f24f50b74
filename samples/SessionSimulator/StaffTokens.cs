namespace RemoteEvaluation.SessionSimulator;

/// <summary>One sign-in per demo staff account for the whole run (sign-in is rate limited), by centre.</summary>
public sealed class StaffTokens(IReadOnlyDictionary<string, string> bySite)
{
    public string HostToken => bySite[DemoCentres.HostSite];

    public string Of(string siteId) => bySite[siteId];

    public static async Task<StaffTokens> SignInAsync(ServerApi api, SimulatorOptions options, CancellationToken ct)
    {
        Dictionary<string, string> tokens = [];
        foreach (var (siteId, staff) in DemoCentres.All.Take(options.Centres))
        {
            tokens[siteId] = await api.SignInAsync(staff, options.Password, ct);
        }

        return new StaffTokens(tokens);
    }
}
