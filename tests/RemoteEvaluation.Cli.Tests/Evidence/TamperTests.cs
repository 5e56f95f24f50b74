using System.Text;
using RemoteEvaluation.Evidence;
using static RemoteEvaluation.Cli.Tests.Evidence.Tampering;

namespace RemoteEvaluation.Cli.Tests.Evidence;

/// <summary>Every tampering with an exported package is detected and named: its code and the line and version where it is.</summary>
public sealed class TamperTests(GoldenPackage golden) : IClassFixture<GoldenPackage>
{
    [Fact]
    public void the_exported_golden_session_verifies_against_its_pinned_centre_key()
    {
        var verification = Verify(golden.Package, golden.Key.PublicKeyPem);

        Assert.Null(verification.Problem);
        Assert.Equal(golden.SessionEvents.Count, verification.Manifest!.Events.Count);
        Assert.Equal(Convert.ToHexStringLower(golden.SessionEvents[^1].Hash.Span), verification.Manifest.Events.FinalHash);
    }

    [Fact]
    public void a_changed_byte_in_an_event_s_data_is_named_hash_mismatch_at_its_version()
    {
        var tampered = WithEventLines(golden.Package, lines =>
        {
            lines[9] = Rewrite(lines[9], e => e with { Data = ChangeOneByte(e.Data) });
            return lines;
        });

        var problem = Verify(tampered).Problem!;

        Assert.Equal(EvidenceProblems.HashMismatch, problem.Code);
        Assert.Equal(EvidencePackage.EventsEntry, problem.Entry);
        Assert.Equal(10, problem.Position);
        Assert.Equal(10, problem.Version);
    }

    [Fact]
    public void a_changed_byte_in_an_event_s_metadata_is_named_hash_mismatch_at_its_version()
    {
        var tampered = WithEventLines(golden.Package, lines =>
        {
            lines[4] = Rewrite(lines[4], e => e with { Metadata = ChangeOneByte(e.Metadata) });
            return lines;
        });

        var problem = Verify(tampered).Problem!;

        Assert.Equal((EvidenceProblems.HashMismatch, 5L), (problem.Code, problem.Version!.Value));
    }

    [Fact]
    public void a_removed_event_is_named_event_missing_with_the_missing_version()
    {
        var tampered = WithEventLines(golden.Package, lines =>
        {
            lines.RemoveAt(19);
            return lines;
        });

        var problem = Verify(tampered).Problem!;

        Assert.Equal(EvidenceProblems.EventMissing, problem.Code);
        Assert.Equal(20, problem.Version);
        Assert.Equal(20, problem.Position);
    }

    [Fact]
    public void a_removed_last_event_is_named_manifest_mismatch_on_the_count()
    {
        var tampered = WithEventLines(golden.Package, lines => lines[..^1]);

        var problem = Verify(tampered).Problem!;

        Assert.Equal(EvidenceProblems.ManifestMismatch, problem.Code);
        Assert.Contains($"{golden.SessionEvents.Count - 1} event(s), the manifest says {golden.SessionEvents.Count}", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void reordered_events_are_named_events_reordered_at_the_first_displaced_version()
    {
        var tampered = WithEventLines(golden.Package, lines =>
        {
            (lines[29], lines[30]) = (lines[30], lines[29]);
            return lines;
        });

        var problem = Verify(tampered).Problem!;

        Assert.Equal(EvidenceProblems.EventsReordered, problem.Code);
        Assert.Equal(30, problem.Version);
        Assert.Equal(30, problem.Position);
    }

    [Fact]
    public async Task a_signature_swapped_in_from_another_package_is_named_bad_signature()
    {
        using var otherKey = EvidenceKey.Create(EvidenceAlgorithms.EcdsaP256);
        var other = Entries(await ExportWithAsync(otherKey));

        var tampered = With(golden.Package, EvidencePackage.SignatureEntry, _ => other[EvidencePackage.SignatureEntry]);
        var problem = Verify(tampered).Problem!;

        Assert.Equal(EvidenceProblems.BadSignature, problem.Code);
        Assert.Equal(EvidencePackage.SignatureEntry, problem.Entry);
    }

    [Fact]
    public void a_package_checked_against_another_centre_s_pinned_key_is_named_wrong_key()
    {
        using var otherKey = EvidenceKey.Create(EvidenceAlgorithms.EcdsaP256);

        var problem = Verify(golden.Package, otherKey.PublicKeyPem).Problem!;

        Assert.Equal(EvidenceProblems.WrongKey, problem.Code);
        Assert.Contains(golden.Key.Fingerprint, problem.Message, StringComparison.Ordinal);
        Assert.Contains(otherKey.Fingerprint, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void an_edited_manifest_is_named_bad_signature()
    {
        var tampered = With(golden.Package, EvidencePackage.ManifestEntry, bytes =>
            Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace("ZJ-2026-077", "ZJ-2026-078", StringComparison.Ordinal)));

        var problem = Verify(tampered).Problem!;

        Assert.Equal(EvidenceProblems.BadSignature, problem.Code);
    }

    [Fact]
    public void a_manifest_re_signed_by_a_new_key_with_its_key_swapped_in_is_named_wrong_key_when_the_centre_key_is_pinned()
    {
        using var forger = EvidenceKey.Create(EvidenceAlgorithms.EcdsaP256);
        var manifest = EvidenceManifest.FromBytes(Entries(golden.Package)[EvidencePackage.ManifestEntry]);
        var forged = (manifest with { Key = manifest.Key with { PublicKeyPem = forger.PublicKeyPem, Fingerprint = forger.Fingerprint } }).ToBytes();
        var tampered = With(
            With(golden.Package, EvidencePackage.ManifestEntry, _ => forged),
            EvidencePackage.SignatureEntry,
            _ => Encoding.ASCII.GetBytes(Convert.ToBase64String(forger.Sign(forged))));

        Assert.Null(Verify(tampered).Problem);
        Assert.Equal(EvidenceProblems.WrongKey, Verify(tampered, golden.Key.PublicKeyPem).Problem!.Code);
    }

    [Fact]
    public void a_changed_byte_in_the_draw_s_stream_is_named_in_the_draw_s_entry()
    {
        var entry = EvidencePackage.DrawEntry(GoldenPackage.DrawId);
        var tampered = With(golden.Package, entry, bytes =>
        {
            var lines = Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            lines[^1] = Rewrite(lines[^1], e => e with { Data = ChangeOneByte(e.Data) });
            return Encoding.UTF8.GetBytes(string.Concat(lines.Select(l => l + "\n")));
        });

        var problem = Verify(tampered).Problem!;

        Assert.Equal((EvidenceProblems.HashMismatch, entry), (problem.Code, problem.Entry));
    }

    [Fact]
    public void a_draw_whose_revealed_secret_does_not_open_its_commitment_is_named_draw_mismatch_even_when_signed_by_the_centre()
    {
        // A centre that re-chains and re-signs a wrong reveal: every hash and the signature hold, the draw does not re-run.
        var entry = EvidencePackage.DrawEntry(GoldenPackage.DrawId);
        var entries = Entries(golden.Package);
        var lines = Encoding.UTF8.GetString(entries[entry]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var last = EventLines.Read(Encoding.UTF8.GetBytes(lines[^1]));
        var data = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(last.Data.Span).Replace("0123456789abcdef", "fedcba9876543210", StringComparison.Ordinal));
        var hash = Domain.Chain.EventHash.Compute(last.PreviousHash.Span, last.StreamId, last.Version, last.Type, last.RecordedAtMicros, data, last.Metadata.Span);
        lines[^1] = Rewrite(lines[^1], e => e with { Data = data, Hash = hash });
        var stream = Encoding.UTF8.GetBytes(string.Concat(lines.Select(l => l + "\n")));
        var manifest = EvidenceManifest.FromBytes(entries[EvidencePackage.ManifestEntry]);
        var draw = manifest.Draws[0] with { RevealedSecret = "fedcba9876543210fedcba9876543210", FinalHash = Convert.ToHexStringLower(hash) };
        var resigned = (manifest with
        {
            Draws = [draw],
            Entries = [.. manifest.Entries.Select(e => e.Name == entry ? e with { Bytes = stream.Length, Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream)) } : e)],
        }).ToBytes();
        var tampered = With(With(With(golden.Package, entry, _ => stream), EvidencePackage.ManifestEntry, _ => resigned), EvidencePackage.SignatureEntry, _ => Encoding.ASCII.GetBytes(Convert.ToBase64String(golden.Key.Sign(resigned))));

        var problem = Verify(tampered, golden.Key.PublicKeyPem).Problem!;

        Assert.Equal((EvidenceProblems.DrawMismatch, entry), (problem.Code, problem.Entry));
        Assert.Contains("does not match the commitment", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void an_entry_added_to_the_package_is_named_entry_mismatch()
    {
        var tampered = AddEntry(golden.Package, "notes.txt", "added later"u8.ToArray());

        var problem = Verify(tampered).Problem!;

        Assert.Equal((EvidenceProblems.EntryMismatch, "notes.txt"), (problem.Code, problem.Entry));
    }

    [Fact]
    public void the_manifest_records_the_document_hashes_and_the_revealed_draw_seed_with_its_inputs()
    {
        var manifest = Verify(golden.Package).Manifest!;

        // The clarification's attachment, and the report quoting it when drafted and when final.
        Assert.Equal(
            [("clarification.answered", "attachmentSha256"), ("report.drafted", "report.clarifications[0].attachmentSha256"), ("session.closed", "report.clarifications[0].attachmentSha256")],
            manifest.Documents.Select(d => (d.Type, d.Field)));
        Assert.All(manifest.Documents, d => Assert.Equal(Domain.Tests.Infrastructure.SampleCommands.Hash, d.Sha256));
        var draw = Assert.Single(manifest.Draws);
        Assert.Equal("0123456789abcdef0123456789abcdef", draw.RevealedSecret);
        Assert.Equal("4711", Assert.Single(draw.Rounds).SupervisorValue);
    }

    private Task<byte[]> ExportWithAsync(EvidenceKey key)
    {
        // The same session, read back from the events the fixture stored, signed by another key.
        var source = new EvidenceSource("golden", Events(golden), []);
        return WriteAsync(source, key);

        static async IAsyncEnumerable<EvidenceEvent> Events(GoldenPackage golden)
        {
            foreach (var e in golden.SessionEvents)
            {
                yield return new EvidenceEvent(0, e.StreamId, e.Version, e.Type, Domain.Chain.EventHash.ToMicros(e.RecordedAt), e.Data, e.Metadata, e.PreviousHash, e.Hash);
            }

            await Task.CompletedTask;
        }
    }

    private static async Task<byte[]> WriteAsync(EvidenceSource source, EvidenceKey key)
    {
        using var output = new MemoryStream();
        await EvidenceWriter.WriteAsync(output, source, key, "HZ", DateTimeOffset.UnixEpoch);
        return output.ToArray();
    }

    private static byte[] AddEntry(byte[] package, string name, byte[] bytes)
    {
        var output = new MemoryStream();
        output.Write(package);
        using (var zip = new System.IO.Compression.ZipArchive(output, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            using var stream = zip.CreateEntry(name).Open();
            stream.Write(bytes);
        }

        return output.ToArray();
    }

    private static ReadOnlyMemory<byte> ChangeOneByte(ReadOnlyMemory<byte> bytes)
    {
        var copy = bytes.ToArray();
        var at = Array.IndexOf(copy, (byte)'"', 1) + 1;
        copy[at] ^= 0x01;
        return copy;
    }
}
