namespace RemoteEvaluation.Domain.Documents;

/// <summary>The bounds of a document position (文档位置范围).</summary>
public static class DocumentLimits
{
    public const int MaxIdLength = 200;
    public const int MaxPage = 100_000;
    public const decimal MinZoom = 0.1m;
    public const decimal MaxZoom = 10m;
}
