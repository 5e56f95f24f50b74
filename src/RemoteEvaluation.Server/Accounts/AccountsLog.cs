namespace RemoteEvaluation.Server.Accounts;

/// <summary>Source-generated log messages of accounts and sign-in (event ids 3100–3199). Tokens, codes and passwords are never logged.</summary>
internal static partial class AccountsLog
{
    [LoggerMessage(3101, LogLevel.Information, "Demo login: {Username} · {Role} · centre {Site} · password {Password}")]
    public static partial void DemoLogin(ILogger logger, string username, string role, string site, string password);

    [LoggerMessage(3102, LogLevel.Information, "Seeded {Count} demo accounts")]
    public static partial void DemoSeeded(ILogger logger, int count);

    [LoggerMessage(3103, LogLevel.Warning, "Demo account {Username} could not be created: {Code}")]
    public static partial void DemoSeedRejected(ILogger logger, string username, string code);

    [LoggerMessage(3110, LogLevel.Information, "Sign-in refused for {Username}: {Code}")]
    public static partial void LoginRefused(ILogger logger, string username, string code);

    [LoggerMessage(3111, LogLevel.Debug, "Signed in {Username} ({Role}) with {Scheme}")]
    public static partial void LoggedIn(ILogger logger, string username, string role, string scheme);

    [LoggerMessage(3120, LogLevel.Information, "Check-in code issued for {ExpertId} in session {SessionId} by {IssuedBy}")]
    public static partial void CheckInCodeIssued(ILogger logger, string expertId, string sessionId, string issuedBy);

    [LoggerMessage(3121, LogLevel.Information, "Expert token issued for {ExpertId} in session {SessionId} until {ExpiresAt}")]
    public static partial void ExpertTokenIssued(ILogger logger, string expertId, string sessionId, DateTimeOffset expiresAt);

    [LoggerMessage(3122, LogLevel.Information, "Check-in code exchange refused in session {SessionId}: {Code}")]
    public static partial void CheckInCodeRefused(ILogger logger, string sessionId, string code);

    [LoggerMessage(3140, LogLevel.Critical, "Not starting: the Production environment encrypts the key ring at rest, and {Missing} (docs/operations.md, \"Accounts and sign-in\")")]
    public static partial void KeyRingCertificateMissing(ILogger logger, string missing);

    [LoggerMessage(3130, LogLevel.Information, "Closed hub connection {ConnectionId} of {Username}: the account no longer allows it")]
    public static partial void ConnectionRevoked(ILogger logger, string username, string connectionId);

    [LoggerMessage(3131, LogLevel.Warning, "Could not check the account {Username} of open hub connections; their next call is still checked")]
    public static partial void RevocationCheckFailed(ILogger logger, string username, Exception exception);
}
