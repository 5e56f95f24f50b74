using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using RemoteEvaluation.Grains.Draw;
using RemoteEvaluation.Grains.Persistence;

namespace RemoteEvaluation.Server.Coordination;

/// <summary>
/// Keeps the secret of each draw (抽取密钥) from its request until the session closes: one event in stream
/// <c>draw-secret/{drawId}</c> holding the secret encrypted with the data-protection key ring every node shares.
/// Not the draw's own stream (the commitment there must not sit beside its opening), not a node's memory (any node
/// may perform or reveal the draw), and not readable without the key ring.
/// </summary>
public sealed class DrawSecretVault(IEventStore store, IDataProtectionProvider protection)
{
    public const string StreamKind = "draw-secret";
    public const string SealedType = "draw_secret.sealed";

    private readonly IDataProtector protector = protection.CreateProtector("RemoteEvaluation.DrawSecret.v1");

    /// <summary>The draw's secret: the one sealed before, or a new one sealed now (so a repeated request reuses it).</summary>
    public async Task<string> SecretForAsync(string drawId, CancellationToken cancellationToken = default)
    {
        if (await OpenAsync(drawId, cancellationToken) is { } known)
        {
            return known;
        }

        var secret = DrawSecret.Create();
        var data = JsonSerializer.SerializeToUtf8Bytes(new Sealed(protector.Protect(secret)));
        var appended = await store.AppendAsync(StreamOf(drawId), 0, [new NewEvent(SealedType, data)], "seal", cancellationToken);

        // Two requests racing: the one that lost the append uses the secret that won.
        return appended is AppendResult.Appended { Duplicate: false } ? secret : await OpenAsync(drawId, cancellationToken) ?? throw new InvalidOperationException($"The secret of draw {drawId} could not be sealed: {appended}.");
    }

    /// <summary>The sealed secret of the draw, or null when none was sealed.</summary>
    public async Task<string?> OpenAsync(string drawId, CancellationToken cancellationToken = default)
    {
        await foreach (var stored in store.ReadStreamAsync(StreamOf(drawId), 0, cancellationToken))
        {
            if (stored.Type == SealedType)
            {
                return protector.Unprotect(JsonSerializer.Deserialize<Sealed>(stored.Data.Span)!.Secret);
            }
        }

        return null;
    }

    public static string StreamOf(string drawId) => $"{StreamKind}/{drawId}";

    private sealed record Sealed(string Secret);
}
