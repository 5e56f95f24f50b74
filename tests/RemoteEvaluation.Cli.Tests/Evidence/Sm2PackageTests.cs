using RemoteEvaluation.Evidence;

namespace RemoteEvaluation.Cli.Tests.Evidence;

/// <summary>A centre set to SM2 with SM3 (国密) signs packages that verify the same way, and tampering is caught the same way.</summary>
public sealed class Sm2PackageTests(GoldenPackage golden) : IClassFixture<GoldenPackage>
{
    [Fact]
    public async Task a_package_signed_with_sm2_verifies_against_its_pinned_sm2_key()
    {
        using var key = EvidenceKey.Create(EvidenceAlgorithms.Sm2);

        var verification = Tampering.Verify(await ResignedAsync(key), key.PublicKeyPem);

        Assert.Null(verification.Problem);
        Assert.Equal(EvidenceAlgorithms.Sm2, verification.Manifest!.Algorithm);
    }

    [Fact]
    public async Task an_edited_sm2_signed_manifest_is_named_bad_signature()
    {
        using var key = EvidenceKey.Create(EvidenceAlgorithms.Sm2);
        var tampered = Tampering.With(await ResignedAsync(key), EvidencePackage.ManifestEntry, bytes =>
            System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(bytes).Replace("\"count\": ", "\"count\": 1", StringComparison.Ordinal)));

        Assert.Equal(EvidenceProblems.BadSignature, Tampering.Verify(tampered).Problem!.Code);
    }

    [Fact]
    public void an_sm2_key_kept_as_pkcs8_signs_what_its_public_key_verifies()
    {
        using var key = EvidenceKey.Create(EvidenceAlgorithms.Sm2);
        using var restored = EvidenceKey.Import(EvidenceAlgorithms.Sm2, key.ExportPkcs8());

        Assert.Equal(key.Fingerprint, restored.Fingerprint);
        Assert.True(EvidenceKey.Verify(EvidenceAlgorithms.Sm2, key.PublicKeyPem, "manifest"u8, restored.Sign("manifest"u8)));
        Assert.False(EvidenceKey.Verify(EvidenceAlgorithms.Sm2, key.PublicKeyPem, "manifesto"u8, restored.Sign("manifest"u8)));
    }

    private async Task<byte[]> ResignedAsync(EvidenceKey key)
    {
        using var output = new MemoryStream();
        await EvidenceWriter.WriteAsync(output, new EvidenceSource("golden", Events(), []), key, "HZ", DateTimeOffset.UnixEpoch);
        return output.ToArray();
    }

    private async IAsyncEnumerable<EvidenceEvent> Events()
    {
        foreach (var e in golden.SessionEvents)
        {
            yield return new EvidenceEvent(0, e.StreamId, e.Version, e.Type, Domain.Chain.EventHash.ToMicros(e.RecordedAt), e.Data, e.Metadata, e.PreviousHash, e.Hash);
        }

        await Task.CompletedTask;
    }
}
