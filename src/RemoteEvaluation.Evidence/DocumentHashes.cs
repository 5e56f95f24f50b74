using System.Text.Json;

namespace RemoteEvaluation.Evidence;

/// <summary>
/// Finds the document hashes (文件哈希) an event records, whatever its type: every string field named <c>sha256</c> or
/// ending in <c>Sha256</c> that holds 64 hex digits, at any depth. Generic on purpose, so that document events added
/// later (a bid-document registry) are in the manifest without a change here.
/// </summary>
public static class DocumentHashes
{
    public static IEnumerable<EvidenceDocument> In(EvidenceEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Data.Span.IndexOf("ha256\""u8) < 0 && e.Data.Span.IndexOf("HA256\""u8) < 0)
        {
            return [];
        }

        List<EvidenceDocument> found = [];
        try
        {
            using var document = JsonDocument.Parse(e.Data);
            Walk(document.RootElement, "", e, found);
        }
        catch (JsonException)
        {
            // Not JSON: it records no document hash we can name; the chain still covers its bytes.
        }

        return found;
    }

    private static void Walk(JsonElement element, string path, EvidenceEvent e, List<EvidenceDocument> found)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var at = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
                    if (IsHashName(property.Name) && property.Value.ValueKind == JsonValueKind.String && IsSha256(property.Value.GetString()!))
                    {
                        found.Add(new EvidenceDocument(e.Version, e.Type, at, property.Value.GetString()!.ToLowerInvariant()));
                    }
                    else
                    {
                        Walk(property.Value, at, e, found);
                    }
                }

                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, $"{path}[{i++}]", e, found);
                }

                break;
        }
    }

    private static bool IsHashName(string name) =>
        name.Equals("sha256", StringComparison.OrdinalIgnoreCase) || name.EndsWith("Sha256", StringComparison.Ordinal);

    private static bool IsSha256(string value) => value.Length == 64 && value.All(char.IsAsciiHexDigit);
}
