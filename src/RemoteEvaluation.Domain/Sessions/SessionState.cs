using System.Collections.Immutable;

namespace RemoteEvaluation.Domain.Sessions;

/// <summary>The state of one evaluation session (评标会), folded from its events.</summary>
public sealed record SessionState
{
    public static readonly SessionState Empty = new();

    public SessionPhase Phase { get; init; }

    public string? ProjectCode { get; init; }

    public string? ProjectName { get; init; }

    public string? HostSiteId { get; init; }

    public DateTimeOffset? StartsAt { get; init; }

    public ImmutableList<string> RemoteSiteIds { get; init; } = [];
}
