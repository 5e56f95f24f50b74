using RemoteEvaluation.Evidence;

namespace RemoteEvaluation.Cli.Tests.Evidence;

/// <summary>
/// A zip's directory can hold millions of empty entries, each an object in memory once read: the verifier reads the
/// number the zip states first and names a package over <see cref="EvidenceReadLimits.MaxEntries"/>
/// <see cref="EvidenceProblems.TooManyEntries"/> before reading its directory.
/// </summary>
public sealed class EntryCountLimitTests(GoldenPackage golden) : IClassFixture<GoldenPackage>
{
    [Fact]
    public void a_zip_of_more_empty_entries_than_the_default_limit_is_named_too_many_entries()
    {
        var crafted = HostileDirectory.OfEmptyEntries(EvidenceReadLimits.Default.MaxEntries + 1);

        var problem = EvidenceVerifier.Verify(new MemoryStream(crafted)).Problem!;

        Assert.Equal(EvidenceProblems.TooManyEntries, problem.Code);
    }

    [Fact]
    public void a_package_with_one_entry_more_than_the_configured_limit_is_named_too_many_entries()
    {
        var entries = Tampering.Entries(golden.Package).Count;

        var problem = EvidenceVerifier.Verify(new MemoryStream(golden.Package), limits: new EvidenceReadLimits { MaxEntries = entries - 1 }).Problem!;

        Assert.Equal(EvidenceProblems.TooManyEntries, problem.Code);
    }

    [Fact]
    public void a_package_exactly_at_the_entry_limit_verifies()
    {
        var entries = Tampering.Entries(golden.Package).Count;

        Assert.Null(EvidenceVerifier.Verify(new MemoryStream(golden.Package), golden.Key.PublicKeyPem, new EvidenceReadLimits { MaxEntries = entries }).Problem);
    }

    [Fact]
    public void a_zip_stating_fewer_entries_than_its_directory_holds_is_unreadable()
    {
        // The stated number bounds the directory only because the framework refuses a directory that holds another.
        var entries = Tampering.Entries(golden.Package).Count;
        var understated = HostileDirectory.Stating(golden.Package, (ushort)(entries - 1));

        Assert.Equal(EvidenceProblems.Unreadable, EvidenceVerifier.Verify(new MemoryStream(understated)).Problem!.Code);
    }

    [Fact]
    public void a_zip_stating_more_entries_than_the_limit_is_named_too_many_entries_without_reading_its_directory()
    {
        var overstated = HostileDirectory.Stating(golden.Package, ushort.MaxValue - 1);

        Assert.Equal(EvidenceProblems.TooManyEntries, EvidenceVerifier.Verify(new MemoryStream(overstated)).Problem!.Code);
    }

    [Fact]
    public void a_package_read_from_a_stream_that_cannot_seek_is_counted_too()
    {
        var crafted = HostileDirectory.OfEmptyEntries(5);

        var problem = EvidenceVerifier.Verify(new ForwardOnly(crafted), limits: new EvidenceReadLimits { MaxEntries = 4 }).Problem!;

        Assert.Equal(EvidenceProblems.TooManyEntries, problem.Code);
    }

    private sealed class ForwardOnly(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
