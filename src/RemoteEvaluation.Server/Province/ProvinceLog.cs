namespace RemoteEvaluation.Server.Province;

/// <summary>Source-generated logs of the province board (event ids 3500–3599).</summary>
internal static partial class ProvinceLog
{
    [LoggerMessage(3501, LogLevel.Warning, "Pushing {Stream} to the province board failed; watchers catch up on the next change")]
    public static partial void PushFailed(ILogger logger, string stream, Exception exception);

    [LoggerMessage(3502, LogLevel.Warning, "Telling coordinators of the link fault at {Stream} version {Version} failed")]
    public static partial void AlertFailed(ILogger logger, string stream, long version, Exception exception);
}
