using System.Text.Json.Serialization;

namespace RemoteEvaluation.Domain.Accounts;

/// <summary>Whether an account may sign in (账号状态).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AccountStatus>))]
public enum AccountStatus
{
    /// <summary>No account under this name yet.</summary>
    None = 0,

    /// <summary>启用: may sign in.</summary>
    Active = 1,

    /// <summary>停用: kept for the record, may not sign in.</summary>
    Disabled = 2,
}
