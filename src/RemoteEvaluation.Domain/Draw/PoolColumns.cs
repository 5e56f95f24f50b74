using RemoteEvaluation.Domain.Experts;

namespace RemoteEvaluation.Domain.Draw;

/// <summary>
/// The pool index's draw profiles flattened into columns (专家画像列存): one array per field, indexed by position in
/// the sorted pool, and every profile's packed facts (<see cref="DrawProfile"/>) back to back in one array. The
/// eligibility pass over ~30,000 experts then reads a few dense arrays instead of three objects per expert; the
/// strings behind a hash code and the times are read from the profile only in the rare cases that need them.
/// </summary>
internal sealed class PoolColumns
{
    public PoolColumns(PoolExpert[] sorted)
    {
        var n = sorted.Length;
        Experts = sorted;
        Ids = new string[n];
        Entries = new string[n];
        Regions = new RegionCode[n];
        Status = new ExpertStatus[n];
        Qualification = new Qualification[n];
        BirthDay = new int[n];
        City = new int[n];
        Misconduct = new bool[n];
        FactStart = new int[n + 1];
        for (var p = 0; p < n; p++)
        {
            FactStart[p + 1] = FactStart[p] + sorted[p].Profile.Facts.Length;
        }

        Facts = new int[FactStart[n]];
        for (var p = 0; p < n; p++)
        {
            var expert = sorted[p];
            var profile = expert.Profile;
            Ids[p] = expert.ExpertId;
            Entries[p] = profile.Entry;
            Regions[p] = expert.Record.Region;
            Status[p] = profile.Status;
            Qualification[p] = profile.Qualification;
            BirthDay[p] = profile.BirthDay;
            City[p] = profile.City;
            Misconduct[p] = profile.Misconduct;
            profile.Facts.CopyTo(Facts, FactStart[p]);
        }
    }

    public PoolExpert[] Experts { get; }

    public string[] Ids { get; }

    public string[] Entries { get; }

    public RegionCode[] Regions { get; }

    public ExpertStatus[] Status { get; }

    public Qualification[] Qualification { get; }

    public int[] BirthDay { get; }

    public int[] City { get; }

    public bool[] Misconduct { get; }

    /// <summary>Where each expert's facts start in <see cref="Facts"/> (one more entry than experts).</summary>
    public int[] FactStart { get; }

    public int[] Facts { get; }
}

/// <summary>The profile behind a position, fetched only when a rule must confirm a hash or read times.</summary>
internal readonly struct ProfileSource(DrawProfile? profile, PoolExpert[]? experts, int position)
{
    public DrawProfile Get() => profile ?? experts![position].Profile;
}
