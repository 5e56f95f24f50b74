using RemoteEvaluation.Domain.Experts;

namespace RemoteEvaluation.Domain.Draw;

/// <summary>One expert of the pool as a draw sees it (专家库快照条目): the id, the record and its flattened profile.</summary>
public sealed class PoolExpert
{
    public PoolExpert(string expertId, ExpertState record)
    {
        ExpertId = expertId;
        Record = record;
        Profile = DrawProfile.From(expertId, record);
    }

    public string ExpertId { get; }

    public ExpertState Record { get; }

    /// <summary>What the rules read, computed once (the pool read model keeps these between draws).</summary>
    public DrawProfile Profile { get; }
}

/// <summary>A linked pool (协作专家库) used when the home pool cannot supply enough experts.</summary>
public sealed record FallbackPool(string PoolId, IReadOnlyList<PoolExpert> Experts);

/// <summary>A linked centre with free seats for the session (可用副场席位), offered for placement.</summary>
public sealed record SeatOffer(string SiteId, RegionCode Region, int FreeSeats);

/// <summary>An eligible expert as recorded in the snapshot: the id and the home region used for placement.</summary>
public sealed record Candidate(string ExpertId, RegionCode Region)
{
    private string? entry;

    /// <summary>The snapshot entry <c>"expertId regionCode"</c>.</summary>
    public string Entry
    {
        get => entry ??= $"{ExpertId} {Region.Value}";
        init => entry = value;
    }
}
