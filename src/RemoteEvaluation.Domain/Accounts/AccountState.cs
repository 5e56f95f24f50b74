namespace RemoteEvaluation.Domain.Accounts;

/// <summary>A staff account (工作人员账号) as folded from its events. The password is only ever a hash made outside the domain.</summary>
public sealed record AccountState
{
    public static readonly AccountState Empty = new();

    public string? Username { get; init; }

    public string? DisplayName { get; init; }

    public StaffRole Role { get; init; }

    /// <summary>The centre (交易中心) the account belongs to; required for host and site staff.</summary>
    public string? SiteId { get; init; }

    public AccountStatus Status { get; init; }

    public string? PasswordHash { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset? PasswordChangedAt { get; init; }

    public bool Exists => Status != AccountStatus.None;

    public bool IsActive => Status == AccountStatus.Active;
}
