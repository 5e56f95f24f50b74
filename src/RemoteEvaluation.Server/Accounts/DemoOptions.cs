namespace RemoteEvaluation.Server.Accounts;

/// <summary>Demo data settings, bound from the <c>Demo</c> configuration section.</summary>
public sealed class DemoOptions
{
    public const string DefaultPassword = "Demo@2026";

    /// <summary>Seed the demo accounts when no account exists. Unset: on for SQLite, off for PostgreSQL.</summary>
    public bool? Seed { get; set; }

    /// <summary>Load the demo province (centres, links, experts) on the first start. Unset: follows <see cref="Seed"/>.</summary>
    public bool? LoadProvince { get; set; }

    /// <summary>
    /// Schedule the demo session (ZJ-2026-001 hosted at site-330100) with its bids and bid documents
    /// (<c>documents.json</c> in the province folder) on the first start. Unset: follows <see cref="LoadProvince"/>.
    /// </summary>
    public bool? LoadSession { get; set; }

    /// <summary>The folder of the demo province files; by default the copy shipped beside the server.</summary>
    public string? ProvinceFolder { get; set; }

    /// <summary>The password of every demo account.</summary>
    public string Password { get; set; } = DefaultPassword;
}
