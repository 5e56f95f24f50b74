using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using RemoteEvaluation.Evidence;
using RemoteEvaluation.Grains.Persistence;

namespace RemoteEvaluation.Server.Evidence;

/// <summary>
/// Keeps each host centre's evidence signing key (中心签名密钥): generated on first use and recorded as one event in
/// stream <c>evidence-key/{siteId}:{algorithm}</c>, the private half encrypted with the data-protection key ring every
/// node shares (as <c>DrawSecretVault</c> keeps draw secrets), so any node signs with the same key and a copy of the
/// database alone cannot. Two nodes generating at once race for version 1; the loser uses the winner's key.
/// </summary>
public sealed class CentreKeyVault(IEventStore store, IDataProtectionProvider protection, IOptions<EvidenceOptions> options)
{
    public const string StreamKind = "evidence-key";
    public const string GeneratedType = "evidence_key.generated";

    private readonly IDataProtector protector = protection.CreateProtector("RemoteEvaluation.EvidenceKey.v1");

    public string Algorithm => options.Value.Algorithm;

    /// <summary>The centre's key for the configured algorithm: the one kept, or a new one kept now. The caller disposes it.</summary>
    public async Task<EvidenceKey> KeyOfAsync(string siteId, CancellationToken cancellationToken = default)
    {
        if (await OpenAsync(siteId, cancellationToken) is { } known)
        {
            return known;
        }

        var key = EvidenceKey.Create(Algorithm);
        var kept = new Kept(key.Algorithm, key.PublicKeyPem, protector.Protect(key.ExportPkcs8()));
        var appended = await store.AppendAsync(StreamOf(siteId, Algorithm), 0, [new NewEvent(GeneratedType, JsonSerializer.SerializeToUtf8Bytes(kept))], "generate", cancellationToken);
        if (appended is AppendResult.Appended { Duplicate: false })
        {
            return key;
        }

        key.Dispose();
        return await OpenAsync(siteId, cancellationToken) ?? throw new InvalidOperationException($"The evidence key of centre {siteId} could not be kept: {appended}.");
    }

    private async Task<EvidenceKey?> OpenAsync(string siteId, CancellationToken cancellationToken)
    {
        await foreach (var stored in store.ReadStreamAsync(StreamOf(siteId, Algorithm), 0, cancellationToken))
        {
            if (stored.Type == GeneratedType)
            {
                var kept = JsonSerializer.Deserialize<Kept>(stored.Data.Span)!;
                return EvidenceKey.Import(kept.Algorithm, protector.Unprotect(kept.PrivateKey));
            }
        }

        return null;
    }

    public static string StreamOf(string siteId, string algorithm) => $"{StreamKind}/{siteId}:{algorithm.ToLowerInvariant()}";

    private sealed record Kept(string Algorithm, string PublicKeyPem, byte[] PrivateKey);
}
