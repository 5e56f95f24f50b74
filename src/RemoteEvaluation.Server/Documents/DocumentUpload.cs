using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;
using RemoteEvaluation.Domain.Documents;

namespace RemoteEvaluation.Server.Documents;

/// <summary>
/// One uploaded document (上传文件) as the request carried it: the metadata fields and the PDF bytes. Two shapes:
/// <c>multipart/form-data</c> with the fields and a <c>file</c> part, or an <c>application/pdf</c> body with the
/// fields in the query string (documentId, bidderId, part, title, pages).
/// </summary>
public sealed record DocumentUpload(string DocumentId, string? BidderId, DocumentPart Part, string Title, int? Pages, byte[] Content)
{
    /// <summary>Multipart framing around the largest accepted PDF.</summary>
    public const long MaxRequestBytes = DocumentLimits.MaxBytes + (1024 * 1024);

    /// <summary>Reads the upload, or says why it cannot be read (code, message, HTTP status).</summary>
    public static async Task<(DocumentUpload? Upload, (string Code, string Message, int Status)? Refused)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxRequestBytes)
        {
            return (null, (DocumentRejections.TooLarge, $"A document is at most {DocumentLimits.MaxBytes / (1024 * 1024)} MiB.", StatusCodes.Status413PayloadTooLarge));
        }

        // Documents are larger than Kestrel's default body limit; the length check above keeps the bound.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxRequestBytes;
        }

        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            if (form.Files.GetFile("file") is not { } file)
            {
                return (null, (DocumentUploadRejections.InvalidUpload, "The form has no 'file' part with the PDF.", StatusCodes.Status400BadRequest));
            }

            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            return From(name => form[name], buffer.ToArray());
        }

        if (request.ContentType?.StartsWith("application/pdf", StringComparison.OrdinalIgnoreCase) == true)
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, cancellationToken);
            return From(name => request.Query[name], buffer.ToArray());
        }

        return (null, (DocumentUploadRejections.NotPdf, "Send the PDF as application/pdf or as the 'file' part of multipart/form-data.", StatusCodes.Status415UnsupportedMediaType));
    }

    private static (DocumentUpload?, (string, string, int)?) From(Func<string, StringValues> field, byte[] content)
    {
        string? Text(string name) => field(name) is { Count: > 0 } v && !string.IsNullOrEmpty(v[0]) ? v[0] : null;

        if (!Enum.TryParse<DocumentPart>(Text("part"), ignoreCase: true, out var part) || int.TryParse(Text("part"), out _))
        {
            return (null, (DocumentUploadRejections.InvalidUpload, "part: one of tender, qualification, technical, commercial.", StatusCodes.Status400BadRequest));
        }

        int? pages = null;
        if (Text("pages") is { } given)
        {
            if (!int.TryParse(given, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                return (null, (DocumentUploadRejections.InvalidUpload, "pages: a whole number.", StatusCodes.Status400BadRequest));
            }

            pages = n;
        }

        return (new DocumentUpload(Text("documentId") ?? string.Empty, Text("bidderId"), part, Text("title") ?? string.Empty, pages, content), null);
    }
}
