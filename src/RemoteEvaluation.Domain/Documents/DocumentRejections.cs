namespace RemoteEvaluation.Domain.Documents;

/// <summary>Stable rejection codes of the document view (拒绝代码): shared by the API, the UI and the tests; never renamed.</summary>
public static class DocumentRejections
{
    public const string InvalidId = "document.invalid_id";
    public const string PageOutOfRange = "document.page_out_of_range";
    public const string ZoomOutOfRange = "document.zoom_out_of_range";
    public const string ScrollOutOfRange = "document.scroll_out_of_range";
}
