namespace RemoteEvaluation.Server.Coordination;

/// <summary>Source-generated log messages of the coordinator API and the draw reveal (event ids 3800–3899). Secrets are never logged.</summary>
internal static partial class CoordinationLog
{
    [LoggerMessage(3801, LogLevel.Information, "Draw {DrawId}: the session closed and the secret is revealed")]
    public static partial void Revealed(ILogger logger, string drawId);

    [LoggerMessage(3802, LogLevel.Warning, "Draw {DrawId}: the session closed but the reveal was refused: {Code}")]
    public static partial void RevealRefused(ILogger logger, string drawId, string code);

    [LoggerMessage(3803, LogLevel.Information, "Draw {DrawId}: the session closed; no sealed secret here, whoever holds it must reveal it")]
    public static partial void NoSealedSecret(ILogger logger, string drawId);
}
