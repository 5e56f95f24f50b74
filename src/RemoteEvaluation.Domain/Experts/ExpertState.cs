using System.Collections.Immutable;

namespace RemoteEvaluation.Domain.Experts;

/// <summary>One expert's record (专家档案), folded from its events.</summary>
public sealed record ExpertState
{
    public static readonly ExpertState Empty = new();

    public ExpertStatus Status { get; init; }

    public string Name { get; init; } = string.Empty;

    public string IdNumber { get; init; } = string.Empty;

    public DateOnly BirthDate { get; init; }

    public string Phone { get; init; } = string.Empty;

    public RegionCode Region { get; init; }

    public ImmutableArray<string> Specialties { get; init; } = [];

    public Qualification Qualification { get; init; }

    public ImmutableArray<Employment> Employment { get; init; } = [];

    public ImmutableArray<DeclaredConflict> Conflicts { get; init; } = [];

    public ImmutableArray<Penalty> Penalties { get; init; } = [];

    public ImmutableArray<Unavailability> Unavailable { get; init; } = [];

    public ImmutableArray<Assignment> Assignments { get; init; } = [];

    public ImmutableArray<ConductEntry> Conduct { get; init; } = [];

    public ImmutableArray<FeeEntry> Fees { get; init; } = [];

    public bool IsRegistered => Status != ExpertStatus.None;
}
