using RemoteEvaluation.Evidence;

namespace RemoteEvaluation.Cli.Tests.Evidence;

/// <summary>
/// A zip states each entry's size itself: the verifier reads within <see cref="EvidenceReadLimits"/> and names a package
/// over them <see cref="EvidenceProblems.TooLarge"/> instead of allocating what it claims.
/// </summary>
public sealed class ReadLimitTests(GoldenPackage golden) : IClassFixture<GoldenPackage>
{
    [Fact]
    public void an_entry_claiming_four_gigabytes_is_named_too_large_without_being_read()
    {
        var hostile = HostileZip.Claiming(golden.Package, EvidencePackage.EventsEntry, uint.MaxValue - 1);

        var problem = EvidenceVerifier.Verify(new MemoryStream(hostile)).Problem!;

        Assert.Equal(EvidenceProblems.TooLarge, problem.Code);
        Assert.Equal(EvidencePackage.EventsEntry, problem.Entry);
    }

    [Fact]
    public void an_entry_over_the_configured_entry_limit_is_named_too_large()
    {
        var events = Tampering.Entries(golden.Package)[EvidencePackage.EventsEntry].Length;

        var problem = EvidenceVerifier.Verify(new MemoryStream(golden.Package), limits: new EvidenceReadLimits { MaxEntryBytes = events - 1 }).Problem!;

        Assert.Equal((EvidenceProblems.TooLarge, EvidencePackage.EventsEntry), (problem.Code, problem.Entry));
    }

    [Fact]
    public void entries_over_the_configured_total_are_named_too_large_though_each_is_within_the_entry_limit()
    {
        var total = Tampering.Entries(golden.Package).Values.Sum(bytes => (long)bytes.Length);

        var problem = EvidenceVerifier.Verify(new MemoryStream(golden.Package), limits: new EvidenceReadLimits { MaxTotalBytes = total - 1 }).Problem!;

        Assert.Equal(EvidenceProblems.TooLarge, problem.Code);
    }

    [Fact]
    public void a_package_exactly_at_the_limits_verifies()
    {
        var entries = Tampering.Entries(golden.Package).Values;
        var limits = new EvidenceReadLimits { MaxEntryBytes = entries.Max(bytes => bytes.Length), MaxTotalBytes = entries.Sum(bytes => (long)bytes.Length) };

        Assert.Null(EvidenceVerifier.Verify(new MemoryStream(golden.Package), golden.Key.PublicKeyPem, limits).Problem);
    }

    [Fact]
    public void an_entry_claiming_more_than_it_holds_within_the_limits_is_named_unreadable()
    {
        var events = Tampering.Entries(golden.Package)[EvidencePackage.EventsEntry].Length;
        var lying = HostileZip.Claiming(golden.Package, EvidencePackage.EventsEntry, (uint)events + 1000);

        Assert.Equal(EvidenceProblems.Unreadable, EvidenceVerifier.Verify(new MemoryStream(lying)).Problem!.Code);
    }
}
