using Org.BouncyCastle.Asn1.GM;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Pkcs;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;

namespace RemoteEvaluation.Evidence;

/// <summary>
/// SM2 with SM3 (国密 SM2/SM3) through Portable.BouncyCastle: the curve sm2p256v1, the default user id of GB/T 32918,
/// DER-encoded signatures. Chosen by setting, for centres that must sign with the national algorithms.
/// </summary>
internal sealed class Sm2Key(ECPrivateKeyParameters privateKey, ECPublicKeyParameters publicKey) : EvidenceKey
{
    public override string Algorithm => EvidenceAlgorithms.Sm2;

    public override byte[] PublicKeyDer => SubjectPublicKeyInfoFactory.CreateSubjectPublicKeyInfo(publicKey).GetDerEncoded();

    public static Sm2Key Create()
    {
        var generator = new ECKeyPairGenerator();
        generator.Init(new ECKeyGenerationParameters(GMObjectIdentifiers.sm2p256v1, new SecureRandom()));
        var pair = generator.GenerateKeyPair();
        return new Sm2Key((ECPrivateKeyParameters)pair.Private, (ECPublicKeyParameters)pair.Public);
    }

    public static Sm2Key Import(ReadOnlySpan<byte> pkcs8)
    {
        var key = (ECPrivateKeyParameters)PrivateKeyFactory.CreateKey(pkcs8.ToArray());
        var q = key.Parameters.G.Multiply(key.D).Normalize();
        return new Sm2Key(key, new ECPublicKeyParameters(key.AlgorithmName, q, key.PublicKeyParamSet));
    }

    public static bool Verify(byte[] publicKeyDer, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        try
        {
            if (PublicKeyFactory.CreateKey(publicKeyDer) is not ECPublicKeyParameters key || !GMObjectIdentifiers.sm2p256v1.Equals(key.PublicKeyParamSet))
            {
                return false;
            }

            var signer = new SM2Signer();
            signer.Init(false, key);
            var bytes = data.ToArray();
            signer.BlockUpdate(bytes, 0, bytes.Length);
            return signer.VerifySignature(signature.ToArray());
        }
        catch (Exception e) when (e is ArgumentException or InvalidCastException or InvalidOperationException or CryptoException or IOException or FormatException)
        {
            return false;
        }
    }

    public override byte[] Sign(ReadOnlySpan<byte> data)
    {
        var signer = new SM2Signer();
        signer.Init(true, new ParametersWithRandom(privateKey, new SecureRandom()));
        var bytes = data.ToArray();
        signer.BlockUpdate(bytes, 0, bytes.Length);
        return signer.GenerateSignature();
    }

    public override byte[] ExportPkcs8() => PrivateKeyInfoFactory.CreatePrivateKeyInfo(privateKey).GetDerEncoded();
}
