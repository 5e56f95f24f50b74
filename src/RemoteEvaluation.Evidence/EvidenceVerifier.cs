using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using RemoteEvaluation.Domain.Draw;

namespace RemoteEvaluation.Evidence;

/// <summary>
/// Checks an evidence package offline (证据包校验) and names the first problem, in this order: the entries are there
/// and readable; the manifest's key is the pinned one (when a key is pinned); the signature verifies over the manifest's
/// exact bytes; the session's events chain from version 1 (each hash recomputed from the exact bytes); they give the
/// manifest's counts, times and final hash; the document hashes are the manifest's; every draw's stream chains, holds
/// the manifest's seed and inputs and re-runs with <see cref="DrawVerifier"/>; every entry hashes to the manifest.
/// Entries are read only within <see cref="EvidenceReadLimits"/>.
/// </summary>
public static class EvidenceVerifier
{
    /// <summary>
    /// Verifies the package in <paramref name="zip"/>; <paramref name="pinnedPublicKeyPem"/> is the centre key to insist on,
    /// <paramref name="limits"/> how much to read (<see cref="EvidenceReadLimits.Default"/> when null).
    /// </summary>
    public static EvidenceVerification Verify(Stream zip, string? pinnedPublicKeyPem = null, EvidenceReadLimits? limits = null) =>
        Verify(zip, pinnedPublicKeyPem, new List<EvidenceEvent>(), limits);

    /// <summary>As <see cref="Verify(Stream, string?, EvidenceReadLimits?)"/>, leaving the session's events in <paramref name="sessionEvents"/> for a replay.</summary>
    public static EvidenceVerification Verify(Stream zip, string? pinnedPublicKeyPem, List<EvidenceEvent> sessionEvents, EvidenceReadLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(sessionEvents);
        limits ??= EvidenceReadLimits.Default;
        limits.Validate();
        if (ReadEntries(zip, limits, out var tooLarge) is not { } entries)
        {
            return new(tooLarge ?? new EvidenceProblem(EvidenceProblems.Unreadable, "The file is not a zip archive."), null);
        }

        foreach (var required in new[] { EvidencePackage.ManifestEntry, EvidencePackage.SignatureEntry, EvidencePackage.EventsEntry })
        {
            if (!entries.ContainsKey(required))
            {
                return new(new EvidenceProblem(EvidenceProblems.Unreadable, $"The package has no {required}.", required), null);
            }
        }

        var manifestBytes = entries[EvidencePackage.ManifestEntry];
        EvidenceManifest manifest;
        try
        {
            manifest = EvidenceManifest.FromBytes(manifestBytes);
        }
        catch (JsonException e)
        {
            return new(new EvidenceProblem(EvidenceProblems.Unreadable, $"The manifest cannot be read: {e.Message}", EvidencePackage.ManifestEntry), null);
        }

        var problem = CheckKeyAndSignature(manifest, manifestBytes, entries[EvidencePackage.SignatureEntry], pinnedPublicKeyPem)
            ?? CheckSession(manifest, entries[EvidencePackage.EventsEntry], sessionEvents)
            ?? CheckDraws(manifest, entries)
            ?? CheckEntries(manifest, entries);
        return new(problem, manifest);
    }

    /// <summary>
    /// Every entry's bytes, or null with <paramref name="tooLarge"/> set when the zip states more entries than the limit or
    /// an entry's stated size is over the limits (checked before allocating: never more than the stated size is read, and
    /// never a size over the limits), or null
    /// alone when the file is no zip or an entry is shorter than it states.
    /// </summary>
    private static Dictionary<string, byte[]>? ReadEntries(Stream zip, EvidenceReadLimits limits, out EvidenceProblem? tooLarge)
    {
        tooLarge = null;
        try
        {
            if (!zip.CanSeek)
            {
                // ZipArchive would copy it to memory anyway; the count is read from the end.
                var copy = new MemoryStream();
                zip.CopyTo(copy);
                zip = copy;
            }

            var start = zip.Position;
            if (ZipDirectoryCount.Stated(zip) is { } stated && stated > (ulong)limits.MaxEntries)
            {
                tooLarge = new EvidenceProblem(
                    EvidenceProblems.TooManyEntries, $"The zip states {stated} entries; packages are read up to {limits.MaxEntries} entries.");
                return null;
            }

            zip.Position = start;
            using var archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
            Dictionary<string, byte[]> entries = new(StringComparer.Ordinal);
            long total = 0;
            foreach (var entry in archive.Entries)
            {
                total += entry.Length;
                if (entry.Length > limits.MaxEntryBytes || total > limits.MaxTotalBytes)
                {
                    tooLarge = new EvidenceProblem(
                        EvidenceProblems.TooLarge,
                        entry.Length > limits.MaxEntryBytes
                            ? $"{entry.FullName} states {entry.Length} bytes; entries are read up to {limits.MaxEntryBytes} bytes."
                            : $"The entries up to {entry.FullName} state {total} bytes together; packages are read up to {limits.MaxTotalBytes} bytes.",
                        entry.FullName);
                    return null;
                }

                using var stream = entry.Open();
                var bytes = new byte[entry.Length];
                stream.ReadExactly(bytes);
                entries[entry.FullName] = bytes;
            }

            return entries;
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
        {
            return null;
        }
    }

    private static EvidenceProblem? CheckKeyAndSignature(EvidenceManifest manifest, byte[] manifestBytes, byte[] signatureText, string? pinnedPublicKeyPem)
    {
        const string Entry = EvidencePackage.SignatureEntry;
        string fingerprint;
        try
        {
            fingerprint = Fingerprints.Of(EvidenceKey.PublicKeyDerOf(manifest.Key.PublicKeyPem));
        }
        catch (FormatException)
        {
            return new EvidenceProblem(EvidenceProblems.BadSignature, "The manifest's key is not a PEM public key.", EvidencePackage.ManifestEntry);
        }

        if (pinnedPublicKeyPem is not null)
        {
            var pinned = Fingerprints.Of(EvidenceKey.PublicKeyDerOf(pinnedPublicKeyPem));
            if (!string.Equals(pinned, fingerprint, StringComparison.Ordinal))
            {
                return new EvidenceProblem(
                    EvidenceProblems.WrongKey,
                    $"The package is signed with key {fingerprint} of centre {manifest.Key.SiteId}, not with the pinned key {pinned}.",
                    EvidencePackage.ManifestEntry);
            }
        }

        byte[] signature;
        try
        {
            signature = Convert.FromBase64String(Encoding.ASCII.GetString(signatureText).Trim());
        }
        catch (FormatException)
        {
            return new EvidenceProblem(EvidenceProblems.BadSignature, "The signature is not base64.", Entry);
        }

        return string.Equals(manifest.Algorithm, manifest.Key.Algorithm, StringComparison.Ordinal)
            && EvidenceKey.Verify(manifest.Algorithm, manifest.Key.PublicKeyPem, manifestBytes, signature)
            ? null
            : new EvidenceProblem(
                EvidenceProblems.BadSignature,
                $"The signature does not verify over the manifest with the {manifest.Algorithm} key {fingerprint}: the manifest was edited or the signature is not its own.",
                Entry);
    }

    private static EvidenceProblem? CheckSession(EvidenceManifest manifest, byte[] bytes, List<EvidenceEvent> events)
    {
        const string Entry = EvidencePackage.EventsEntry;
        var problem = ChainWalk.Read(Entry, bytes, events) ?? ChainWalk.Walk(Entry, manifest.Session.StreamId, events);
        if (problem is not null)
        {
            return problem;
        }

        var fold = new EventSummaryFold();
        List<EvidenceDocument> documents = [];
        foreach (var e in events)
        {
            fold.Add(e);
            documents.AddRange(DocumentHashes.In(e));
        }

        if (SummaryDifference(fold.Summary(), manifest.Events) is { } difference)
        {
            return new EvidenceProblem(EvidenceProblems.ManifestMismatch, $"The events give {difference}.", Entry);
        }

        for (var i = 0; i < Math.Max(documents.Count, manifest.Documents.Count); i++)
        {
            var found = i < documents.Count ? documents[i] : null;
            var listed = i < manifest.Documents.Count ? manifest.Documents[i] : null;
            if (found != listed)
            {
                return new EvidenceProblem(
                    EvidenceProblems.DocumentMismatch,
                    $"Document hash {i + 1}: the events record {Describe(found)}, the manifest lists {Describe(listed)}.",
                    Entry,
                    Version: found?.Version ?? listed?.Version);
            }
        }

        return null;
    }

    private static string Describe(EvidenceDocument? document) =>
        document is null ? "nothing" : $"{document.Sha256} ({document.Field} of {document.Type} at version {document.Version})";

    private static string? SummaryDifference(EvidenceEventSummary found, EvidenceEventSummary listed)
    {
        if (found.Count != listed.Count)
        {
            return $"{found.Count} event(s), the manifest says {listed.Count}";
        }

        if (found.LastVersion != listed.LastVersion)
        {
            return $"last version {found.LastVersion}, the manifest says {listed.LastVersion}";
        }

        if (!string.Equals(found.FinalHash, listed.FinalHash, StringComparison.Ordinal))
        {
            return $"final hash {found.FinalHash}, the manifest says {listed.FinalHash}";
        }

        if (found.FirstTime != listed.FirstTime || found.LastTime != listed.LastTime)
        {
            return $"first and last times {found.FirstTime:O} … {found.LastTime:O}, the manifest says {listed.FirstTime:O} … {listed.LastTime:O}";
        }

        var types = found.ByType.Keys.Union(listed.ByType.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var type in types)
        {
            if (found.ByType.GetValueOrDefault(type) != listed.ByType.GetValueOrDefault(type))
            {
                return $"{found.ByType.GetValueOrDefault(type)} event(s) of type {type}, the manifest says {listed.ByType.GetValueOrDefault(type)}";
            }
        }

        return null;
    }

    private static EvidenceProblem? CheckDraws(EvidenceManifest manifest, Dictionary<string, byte[]> entries)
    {
        foreach (var draw in manifest.Draws)
        {
            if (!string.Equals(draw.Entry, EvidencePackage.DrawEntry(draw.DrawId), StringComparison.Ordinal) || !entries.TryGetValue(draw.Entry, out var bytes))
            {
                return new EvidenceProblem(EvidenceProblems.EntryMismatch, $"The stream of draw {draw.DrawId} is not in the package.", draw.Entry);
            }

            List<EvidenceEvent> events = [];
            var problem = ChainWalk.Read(draw.Entry, bytes, events) ?? ChainWalk.Walk(draw.Entry, $"draw/{draw.DrawId}", events) ?? CheckDraw(draw, events);
            if (problem is not null)
            {
                return problem;
            }
        }

        return null;
    }

    private static EvidenceProblem? CheckDraw(EvidenceDraw draw, List<EvidenceEvent> events)
    {
        var fold = new EventSummaryFold();
        var state = DrawDecider.Initial;
        foreach (var e in events)
        {
            fold.Add(e);
            if (EventDecoder<DrawEvent>.Instance.TryDecode(e.Type, e.Data.Span) is { } decoded)
            {
                state = DrawDecider.Evolve(state, decoded);
            }
        }

        var summary = fold.Summary();
        if (summary.Count != draw.Count || !string.Equals(summary.FinalHash, draw.FinalHash, StringComparison.Ordinal))
        {
            return new EvidenceProblem(
                EvidenceProblems.ManifestMismatch, $"Draw {draw.DrawId}'s stream gives {summary.Count} event(s) ending in {summary.FinalHash}, the manifest says {draw.Count} ending in {draw.FinalHash}.", draw.Entry);
        }

        var rounds = state.Rounds.Select(r => new EvidenceDrawRound(r.Performed.Round, r.Performed.SupervisorValue, r.Performed.SnapshotHash)).ToList();
        if (state.Request is null
            || !string.Equals(state.SecretCommitment, draw.SecretCommitment, StringComparison.Ordinal)
            || !string.Equals(state.RevealedSecret, draw.RevealedSecret, StringComparison.Ordinal)
            || !rounds.SequenceEqual(draw.Rounds))
        {
            return new EvidenceProblem(EvidenceProblems.DrawMismatch, $"Draw {draw.DrawId}'s stream does not hold the seed, commitment and rounds the manifest lists.", draw.Entry);
        }

        var verification = DrawVerifier.Verify(DrawRecord.From(draw.DrawId, state));
        return verification.Matches
            ? null
            : new EvidenceProblem(EvidenceProblems.DrawMismatch, $"Draw {draw.DrawId} does not re-run to its record: {string.Join(" ", verification.Findings)}", draw.Entry);
    }

    private static EvidenceProblem? CheckEntries(EvidenceManifest manifest, Dictionary<string, byte[]> entries)
    {
        foreach (var listed in manifest.Entries)
        {
            if (!entries.TryGetValue(listed.Name, out var bytes))
            {
                return new EvidenceProblem(EvidenceProblems.EntryMismatch, $"The manifest lists {listed.Name}, which is not in the package.", listed.Name);
            }

            var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
            if (bytes.LongLength != listed.Bytes || !string.Equals(sha256, listed.Sha256, StringComparison.Ordinal))
            {
                return new EvidenceProblem(EvidenceProblems.EntryMismatch, $"{listed.Name} hashes to {sha256} ({bytes.LongLength} bytes), the manifest says {listed.Sha256} ({listed.Bytes} bytes).", listed.Name);
            }
        }

        var unlisted = entries.Keys.FirstOrDefault(name => name is not (EvidencePackage.ManifestEntry or EvidencePackage.SignatureEntry) && manifest.Entries.All(e => e.Name != name));
        return unlisted is null
            ? null
            : new EvidenceProblem(EvidenceProblems.EntryMismatch, $"{unlisted} is in the package but not in the manifest.", unlisted);
    }
}
