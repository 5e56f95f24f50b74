using System.Buffers;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using RemoteEvaluation.Domain.Chain;
using RemoteEvaluation.Domain.Draw;
using RemoteEvaluation.Domain.Sessions;

namespace RemoteEvaluation.Evidence;

/// <summary>
/// Writes an evidence package (导出证据包): the events as stored, a manifest summarising them and hashing every entry,
/// and the host centre's signature over the manifest. One pass over each stream, so a long session is never held in
/// memory. The output must accept synchronous writes (a file or memory stream).
/// </summary>
public static class EvidenceWriter
{
    public static async Task WriteAsync(
        Stream output,
        EvidenceSource source,
        EvidenceKey key,
        string hostSiteId,
        DateTimeOffset exportedAt,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(key);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        List<EvidenceEntry> entries = [];

        var session = new SessionFold(source.SessionId);
        entries.Add(await WriteStreamAsync(zip, EvidencePackage.EventsEntry, source.SessionEvents, session.Add, cancellationToken));

        List<EvidenceDraw> draws = [];
        foreach (var draw in source.Draws)
        {
            var fold = new DrawFold();
            var entry = await WriteStreamAsync(zip, EvidencePackage.DrawEntry(draw.DrawId), draw.Events, fold.Add, cancellationToken);
            entries.Add(entry);
            draws.Add(fold.Summary(draw.DrawId, entry.Name));
        }

        var manifest = new EvidenceManifest(
            EvidenceManifest.FormatVersion,
            key.Algorithm,
            session.Session(),
            session.Summary(),
            session.Documents,
            draws,
            entries,
            new EvidenceSigningKey(hostSiteId, key.Algorithm, key.PublicKeyPem, key.Fingerprint),
            exportedAt);
        var manifestBytes = manifest.ToBytes();
        Write(zip, EvidencePackage.ManifestEntry, manifestBytes);
        Write(zip, EvidencePackage.SignatureEntry, Encoding.ASCII.GetBytes(Convert.ToBase64String(key.Sign(manifestBytes)) + "\n"));
    }

    private static async Task<EvidenceEntry> WriteStreamAsync(
        ZipArchive zip, string name, IAsyncEnumerable<EvidenceEvent> events, Action<EvidenceEvent> fold, CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new ArrayBufferWriter<byte>(1024);
        long bytes = 0;
        long position = 0;
        await using (var stream = entry.Open())
        {
            await foreach (var e in events.WithCancellation(cancellationToken))
            {
                var line = e with { Position = ++position };
                buffer.ResetWrittenCount();
                EventLines.Write(buffer, line);
                stream.Write(buffer.WrittenSpan);
                hash.AppendData(buffer.WrittenSpan);
                bytes += buffer.WrittenCount;
                fold(line);
            }
        }

        return new EvidenceEntry(name, bytes, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    private static void Write(ZipArchive zip, string name, byte[] bytes)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        stream.Write(bytes);
    }

    /// <summary>What the manifest says about the session stream, gathered while it is written.</summary>
    private sealed class SessionFold(string sessionId)
    {
        private readonly EventSummaryFold summary = new();
        private SessionState state = SessionDecider.Initial;

        public List<EvidenceDocument> Documents { get; } = [];

        public void Add(EvidenceEvent e)
        {
            summary.Add(e);
            Documents.AddRange(DocumentHashes.In(e));
            if (EventDecoder<SessionEvent>.Instance.TryDecode(e.Type, e.Data.Span) is { } decoded)
            {
                state = SessionDecider.Evolve(state, decoded);
            }
        }

        public EvidenceSession Session() =>
            new(sessionId, $"session/{sessionId}", state.ProjectCode, state.ProjectName, state.HostSiteId, state.Phase.ToString());

        public EvidenceEventSummary Summary() => summary.Summary();
    }

    /// <summary>The draw's inputs and outcome, folded with the domain's own rules while its stream is written.</summary>
    private sealed class DrawFold
    {
        private readonly EventSummaryFold summary = new();
        private DrawState state = DrawDecider.Initial;

        public void Add(EvidenceEvent e)
        {
            summary.Add(e);
            if (EventDecoder<DrawEvent>.Instance.TryDecode(e.Type, e.Data.Span) is { } decoded)
            {
                state = DrawDecider.Evolve(state, decoded);
            }
        }

        public EvidenceDraw Summary(string drawId, string entry)
        {
            var events = summary.Summary();
            return new EvidenceDraw(
                drawId,
                entry,
                events.Count,
                events.FinalHash,
                state.SecretCommitment ?? string.Empty,
                state.RevealedSecret,
                [.. state.Rounds.Select(r => new EvidenceDrawRound(r.Performed.Round, r.Performed.SupervisorValue, r.Performed.SnapshotHash))]);
        }
    }
}

/// <summary>Counts by type, first and last time, last version and final hash of a stream, as the manifest records them.</summary>
internal sealed class EventSummaryFold
{
    private readonly SortedDictionary<string, long> byType = new(StringComparer.Ordinal);
    private long count;
    private long? first;
    private long? last;
    private long lastVersion;
    private ReadOnlyMemory<byte> finalHash = EventHash.Genesis;

    public void Add(EvidenceEvent e)
    {
        count++;
        byType[e.Type] = byType.GetValueOrDefault(e.Type) + 1;
        first ??= e.RecordedAtMicros;
        last = e.RecordedAtMicros;
        lastVersion = e.Version;
        finalHash = e.Hash;
    }

    public EvidenceEventSummary Summary() => new(
        count,
        new Dictionary<string, long>(byType, StringComparer.Ordinal),
        first is { } f ? EventHash.FromMicros(f) : null,
        last is { } l ? EventHash.FromMicros(l) : null,
        lastVersion,
        Convert.ToHexStringLower(finalHash.Span));
}
