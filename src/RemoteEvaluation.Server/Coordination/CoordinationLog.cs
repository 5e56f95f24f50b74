namespace RemoteEvaluation.Server.Coordination;

/// <summary>Source-generated log messages of the coordinator API and the draw reveal (event ids 3300–3399). Secrets are never logged.</summary>
internal static partial class CoordinationLog
{
    [LoggerMessage(3301, LogLevel.Information, "Draw {DrawId}: the session closed and the secret is revealed")]
    public static partial void Revealed(ILogger logger, string drawId);

    [LoggerMessage(3302, LogLevel.Warning, "Draw {DrawId}: the session closed but the reveal was refused: {Code}")]
    public static partial void RevealRefused(ILogger logger, string drawId, string code);

    [LoggerMessage(3303, LogLevel.Information, "Draw {DrawId}: the session closed; no sealed secret here, whoever holds it must reveal it")]
    public static partial void NoSealedSecret(ILogger logger, string drawId);
}
