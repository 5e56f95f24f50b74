namespace RemoteEvaluation.Domain;

/// <summary>The shape of a SHA-256 digest (哈希值) as text (64 hexadecimal characters); the domain checks shape, never computes.</summary>
public static class Sha256Text
{
    public static bool IsValid(string? text) => text is { Length: 64 } && text.All(char.IsAsciiHexDigit);
}
