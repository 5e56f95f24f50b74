using System.Security.Cryptography;
using RemoteEvaluation.Storage.Tests.Vendors;

namespace RemoteEvaluation.Storage.Tests.Contract;

/// <summary>Content-addressed blobs: named by their SHA-256, written once, never changed or removed.</summary>
public abstract class BlobContract<TVendor> : StoreContract<TVendor>
    where TVendor : IVendor
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static byte[] Pdf(int size = 4096)
    {
        var bytes = RandomNumberGenerator.GetBytes(size);
        "%PDF-1.7\n"u8.CopyTo(bytes);
        return bytes;
    }

    [Fact]
    public async Task a_blob_is_stored_under_the_sha256_of_its_bytes_and_read_back_unchanged()
    {
        var content = Pdf();

        var sha256 = await Vendor.Blobs.PutAsync(content, Ct);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), sha256);
        Assert.Equal(content, await Vendor.Blobs.GetAsync(sha256, Ct));
    }

    [Fact]
    public async Task a_hash_in_upper_case_names_the_same_blob()
    {
        var sha256 = await Vendor.Blobs.PutAsync(Pdf(), Ct);

        Assert.NotNull(await Vendor.Blobs.GetAsync(sha256.ToUpperInvariant(), Ct));
    }

    [Fact]
    public async Task storing_the_same_bytes_twice_keeps_one_blob_and_returns_the_same_hash()
    {
        var content = Pdf();

        var first = await Vendor.Blobs.PutAsync(content, Ct);
        var second = await Vendor.Blobs.PutAsync(content, Ct);

        Assert.Equal(first, second);
        Assert.Equal(content, await Vendor.Blobs.GetAsync(first, Ct));
    }

    [Fact]
    public async Task an_unknown_or_malformed_hash_reads_nothing()
    {
        Assert.Null(await Vendor.Blobs.GetAsync(Convert.ToHexStringLower(SHA256.HashData(Pdf())), Ct));
        Assert.Null(await Vendor.Blobs.GetAsync("not-a-hash'; DROP TABLE blobs; --", Ct));
    }

    [Fact]
    public async Task a_blob_of_several_megabytes_round_trips()
    {
        var content = Pdf(6 * 1024 * 1024);

        var sha256 = await Vendor.Blobs.PutAsync(content, Ct);

        Assert.Equal(content, await Vendor.Blobs.GetAsync(sha256, Ct));
    }

    [Fact]
    public async Task the_database_refuses_to_overwrite_a_blob()
    {
        var content = Pdf();
        var sha256 = await Vendor.Blobs.PutAsync(content, Ct);

        await Assert.ThrowsAnyAsync<Exception>(() => Vendor.OverwriteBlobAsync(sha256));

        Assert.Equal(content, await Vendor.Blobs.GetAsync(sha256, Ct));
    }

    [Fact]
    public async Task the_database_refuses_to_delete_a_blob()
    {
        var content = Pdf();
        var sha256 = await Vendor.Blobs.PutAsync(content, Ct);

        await Assert.ThrowsAnyAsync<Exception>(() => Vendor.DeleteBlobAsync(sha256));

        Assert.Equal(content, await Vendor.Blobs.GetAsync(sha256, Ct));
    }
}

public sealed class Blobs_on_SQLite : BlobContract<OnSqlite>;
