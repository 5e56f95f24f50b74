namespace RemoteEvaluation.Server.Documents;

/// <summary>Stable codes of refused uploads and downloads (拒绝代码), checked by the server before the rules see the document; never renamed.</summary>
public static class DocumentUploadRejections
{
    /// <summary>The body is not a PDF (no <c>%PDF-</c> header or no <c>%%EOF</c>), or is sent as another media type.</summary>
    public const string NotPdf = "document.not_pdf";

    /// <summary>A metadata field is missing or malformed (part, pages), or the multipart form has no file.</summary>
    public const string InvalidUpload = "document.invalid_upload";

    /// <summary>The page count could not be read from the PDF and the upload did not give one.</summary>
    public const string PagesUnknown = "document.pages_unknown";

    /// <summary>The caller may read the session but not this document (blind evaluation, remote staff, another bidder's).</summary>
    public const string Hidden = "document.hidden";
}
