using RemoteEvaluation.Evidence;

namespace RemoteEvaluation.Server.Evidence;

/// <summary>Settings of evidence packages (<c>Evidence:*</c>).</summary>
public sealed class EvidenceOptions
{
    /// <summary>
    /// The signature algorithm of the host centres' keys: <c>ECDSA-P256-SHA256</c> (default) or <c>SM2-SM3</c> (国密).
    /// Each centre gets one key per algorithm on first use, so switching keeps the old packages verifiable.
    /// </summary>
    public string Algorithm { get; set; } = EvidenceAlgorithms.EcdsaP256;
}
