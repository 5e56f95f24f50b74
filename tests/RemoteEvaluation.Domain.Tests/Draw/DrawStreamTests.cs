using RemoteEvaluation.Domain.Draw;

namespace RemoteEvaluation.Domain.Tests.Draw;

public sealed class DrawStreamTests
{
    private static readonly byte[] Seed = DrawSeed.Derive(DrawScenario.Secret, "4711", 0);

    [Fact]
    public void the_stream_is_hmac_sha256_of_the_label_and_a_big_endian_counter()
    {
        using var stream = new DrawStream(Seed, "slot:0");
        var message = "re-draw/v1|slot:0|"u8.ToArray().Concat(new byte[] { 0, 0, 0, 0, 0, 0, 0, 1 }).ToArray();
        var secondBlock = System.Security.Cryptography.HMACSHA256.HashData(Seed, message);

        for (var i = 0; i < 8; i++)
        {
            stream.NextUInt32();
        }

        Assert.Equal(System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(secondBlock), stream.NextUInt32());
    }

    [Fact]
    public void a_shorter_prefix_is_the_start_of_a_longer_one()
    {
        var items = Enumerable.Range(0, 1000).ToArray();
        using var one = new DrawStream(Seed, "slot:0");
        using var two = new DrawStream(Seed, "slot:0");

        Assert.Equal(one.ShufflePrefix(items, 10), two.ShufflePrefix(items, 50).Take(10));
    }

    [Fact]
    public void a_full_shuffle_is_a_permutation()
    {
        var items = Enumerable.Range(0, 500).ToArray();
        using var stream = new DrawStream(Seed, "slot:0");

        Assert.Equal(items, stream.ShufflePrefix(items, 500).Order());
    }

    [Fact]
    public void uniformity_of_the_first_drawn_over_10000_seeded_draws_passes_chi_square()
    {
        // 10 candidates, 10,000 deterministic seeds: the first drawn should be uniform. With 9 degrees of freedom
        // the 0.1% critical value is 27.88; the seeds are fixed, so this either always passes or always fails.
        const int candidates = 10;
        const int draws = 10_000;
        var items = Enumerable.Range(0, candidates).ToArray();
        var first = new int[candidates];
        var fifth = new int[candidates];
        for (var d = 0; d < draws; d++)
        {
            using var stream = new DrawStream(DrawSeed.Derive(DrawScenario.Secret, $"supervisor-{d}", 0), "slot:0");
            var order = stream.ShufflePrefix(items, 5);
            first[order[0]]++;
            fifth[order[4]]++;
        }

        Assert.InRange(ChiSquare(first, draws / (double)candidates), 0, 27.88);
        Assert.InRange(ChiSquare(fifth, draws / (double)candidates), 0, 27.88);
    }

    [Fact]
    public void a_biased_counter_would_fail_the_same_chi_square()
    {
        // The test above can fail: a skewed distribution of the same size lands far above the critical value.
        var skewed = new[] { 1300, 1100, 1000, 1000, 1000, 1000, 1000, 900, 850, 850 };

        Assert.True(ChiSquare(skewed, 1000) > 27.88);
    }

    [Fact]
    public void numbers_below_a_bound_that_does_not_divide_two_to_the_32_are_unbiased()
    {
        using var stream = new DrawStream(Seed, "bias");
        var counts = new int[3];
        for (var i = 0; i < 30_000; i++)
        {
            counts[stream.NextBelow(3)]++;
        }

        Assert.InRange(ChiSquare(counts, 10_000), 0, 13.82);
    }

    private static double ChiSquare(int[] observed, double expected) => observed.Sum(o => (o - expected) * (o - expected) / expected);
}
