using RemoteEvaluation.Domain.Experts;

namespace RemoteEvaluation.Domain.Draw;

/// <summary>One expert of the pool as a draw sees it (专家库快照条目): the id and the record.</summary>
public sealed record PoolExpert(string ExpertId, ExpertState Record);

/// <summary>A linked pool (协作专家库) used when the home pool cannot supply enough experts.</summary>
public sealed record FallbackPool(string PoolId, IReadOnlyList<PoolExpert> Experts);

/// <summary>A linked centre with free seats for the session (可用副场席位), offered for placement.</summary>
public sealed record SeatOffer(string SiteId, RegionCode Region, int FreeSeats);

/// <summary>An eligible expert as recorded in the snapshot: the id and the home region used for placement.</summary>
public sealed record Candidate(string ExpertId, RegionCode Region);
