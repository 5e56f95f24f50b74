using System.Security.Cryptography;

namespace RemoteEvaluation.Evidence;

/// <summary>ECDSA P-256 with SHA-256 (the default), DER-encoded signatures, from System.Security.Cryptography.</summary>
internal sealed class EcdsaP256Key(ECDsa key) : EvidenceKey
{
    public override string Algorithm => EvidenceAlgorithms.EcdsaP256;

    public override byte[] PublicKeyDer => key.ExportSubjectPublicKeyInfo();

    public static EcdsaP256Key Create() => new(ECDsa.Create(ECCurve.NamedCurves.nistP256));

    public static EcdsaP256Key Import(ReadOnlySpan<byte> pkcs8)
    {
        var key = ECDsa.Create();
        key.ImportPkcs8PrivateKey(pkcs8, out _);
        return new EcdsaP256Key(key);
    }

    public static bool Verify(byte[] publicKeyDer, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        using var key = ECDsa.Create();
        try
        {
            key.ImportSubjectPublicKeyInfo(publicKeyDer, out _);
            return key.KeySize == 256
                && key.VerifyData(data, signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    public override byte[] Sign(ReadOnlySpan<byte> data) => key.SignData(data, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);

    public override byte[] ExportPkcs8() => key.ExportPkcs8PrivateKey();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            key.Dispose();
        }

        base.Dispose(disposing);
    }
}
