using System.Security.Cryptography;

namespace RemoteEvaluation.Evidence;

/// <summary>
/// A host centre's signing key for evidence packages (中心签名密钥): signs manifests, exports its private half as
/// PKCS#8 (to be kept protected) and its public half as SubjectPublicKeyInfo PEM (to be published and pinned).
/// </summary>
public abstract class EvidenceKey : IDisposable
{
    public abstract string Algorithm { get; }

    /// <summary>The SubjectPublicKeyInfo DER of the public key.</summary>
    public abstract byte[] PublicKeyDer { get; }

    public string PublicKeyPem => new(PemEncoding.Write("PUBLIC KEY", PublicKeyDer));

    /// <summary>SHA-256 of the public key's DER, lower-case hex: what a verifier compares when it pins a key.</summary>
    public string Fingerprint => Fingerprints.Of(PublicKeyDer);

    public abstract byte[] Sign(ReadOnlySpan<byte> data);

    public abstract byte[] ExportPkcs8();

    /// <summary>A new key of <paramref name="algorithm"/> (<see cref="EvidenceAlgorithms"/>).</summary>
    public static EvidenceKey Create(string algorithm) => algorithm switch
    {
        EvidenceAlgorithms.EcdsaP256 => EcdsaP256Key.Create(),
        EvidenceAlgorithms.Sm2 => Sm2Key.Create(),
        _ => throw new ArgumentException($"'{algorithm}' is not a signature algorithm of evidence packages.", nameof(algorithm)),
    };

    /// <summary>A key of <paramref name="algorithm"/> from its PKCS#8 bytes.</summary>
    public static EvidenceKey Import(string algorithm, ReadOnlySpan<byte> pkcs8) => algorithm switch
    {
        EvidenceAlgorithms.EcdsaP256 => EcdsaP256Key.Import(pkcs8),
        EvidenceAlgorithms.Sm2 => Sm2Key.Import(pkcs8),
        _ => throw new ArgumentException($"'{algorithm}' is not a signature algorithm of evidence packages.", nameof(algorithm)),
    };

    /// <summary>
    /// Whether <paramref name="signature"/> is a valid signature of <paramref name="data"/> by the public key in
    /// <paramref name="publicKeyPem"/>; false (never an exception) for a key or signature that cannot be read.
    /// </summary>
    public static bool Verify(string algorithm, string publicKeyPem, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        byte[] der;
        try
        {
            der = PublicKeyDerOf(publicKeyPem);
        }
        catch (FormatException)
        {
            return false;
        }

        return algorithm switch
        {
            EvidenceAlgorithms.EcdsaP256 => EcdsaP256Key.Verify(der, data, signature),
            EvidenceAlgorithms.Sm2 => Sm2Key.Verify(der, data, signature),
            _ => false,
        };
    }

    /// <summary>The DER inside a <c>PUBLIC KEY</c> PEM; throws <see cref="FormatException"/> when there is none.</summary>
    public static byte[] PublicKeyDerOf(string publicKeyPem)
    {
        ArgumentNullException.ThrowIfNull(publicKeyPem);
        if (!PemEncoding.TryFind(publicKeyPem, out var fields) || !publicKeyPem.AsSpan()[fields.Label].SequenceEqual("PUBLIC KEY"))
        {
            throw new FormatException("The text holds no PEM 'PUBLIC KEY'.");
        }

        return Convert.FromBase64String(publicKeyPem[fields.Base64Data]);
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }
}

/// <summary>Key fingerprints: SHA-256 of the SubjectPublicKeyInfo DER.</summary>
public static class Fingerprints
{
    public static string Of(ReadOnlySpan<byte> publicKeyDer) => Convert.ToHexStringLower(SHA256.HashData(publicKeyDer));
}
