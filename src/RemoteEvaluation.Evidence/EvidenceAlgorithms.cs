namespace RemoteEvaluation.Evidence;

/// <summary>The signature algorithms of a package (签名算法), by the names written in the manifest.</summary>
public static class EvidenceAlgorithms
{
    /// <summary>ECDSA over NIST P-256 with SHA-256, DER signature (the default).</summary>
    public const string EcdsaP256 = "ECDSA-P256-SHA256";

    /// <summary>SM2 with SM3 (国密), the user id left at the standard's default.</summary>
    public const string Sm2 = "SM2-SM3";

    public static bool IsKnown(string algorithm) => algorithm is EcdsaP256 or Sm2;
}
