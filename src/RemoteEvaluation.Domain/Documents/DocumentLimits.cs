namespace RemoteEvaluation.Domain.Documents;

/// <summary>The bounds of a document position and of a registered document (文档范围).</summary>
public static class DocumentLimits
{
    public const int MaxIdLength = 200;
    public const int MaxPage = 100_000;
    public const decimal MinZoom = 0.1m;
    public const decimal MaxZoom = 10m;
    public const int MaxTitleLength = 200;

    /// <summary>The largest PDF a session keeps (100 MiB): a scanned bid is large, but the server holds it in memory while storing it.</summary>
    public const long MaxBytes = 100L * 1024 * 1024;
}
