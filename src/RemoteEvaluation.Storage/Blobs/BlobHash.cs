using System.Security.Cryptography;
using RemoteEvaluation.Domain;

namespace RemoteEvaluation.Storage.Blobs;

/// <summary>The name of a blob: the lower-case hex SHA-256 of its bytes.</summary>
public static class BlobHash
{
    public static string Of(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>Lower-cases a well-formed hash; null for anything that cannot name a blob.</summary>
    public static string? Normalise(string? sha256) => Sha256Text.IsValid(sha256) ? sha256!.ToLowerInvariant() : null;
}
