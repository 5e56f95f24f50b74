using RemoteEvaluation.Domain.Accounts;

namespace RemoteEvaluation.Grains.Accounts;

/// <summary>An account's state at a stream version.</summary>
public sealed record AccountSnapshot(string Username, long Version, AccountState State);
