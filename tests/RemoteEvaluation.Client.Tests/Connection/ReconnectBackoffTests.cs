namespace RemoteEvaluation.Client.Tests.Connection;

public sealed class ReconnectBackoffTests
{
    [Fact]
    public void Without_jitter_delays_double_until_the_cap()
    {
        var backoff = new ReconnectBackoff { InitialDelay = TimeSpan.FromMilliseconds(100), MaxDelay = TimeSpan.FromMilliseconds(700), Jitter = 0 };
        var random = new Random(1);

        var delays = Enumerable.Range(1, 5).Select(attempt => backoff.DelayBefore(attempt, random).TotalMilliseconds).ToArray();

        Assert.Equal([100, 200, 400, 700, 700], delays);
    }

    [Fact]
    public void Jitter_stays_within_its_share_of_the_delay_and_varies()
    {
        var backoff = new ReconnectBackoff { InitialDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(1), Jitter = 0.5 };
        var random = new Random(42);

        var delays = Enumerable.Range(0, 200).Select(_ => backoff.DelayBefore(3, random).TotalMilliseconds).ToArray();

        Assert.All(delays, delay => Assert.InRange(delay, 500, 1000));
        Assert.True(delays.Distinct().Count() > 100, "jittered delays should differ from each other");
    }

    [Fact]
    public void A_huge_attempt_number_stays_at_the_cap()
    {
        var backoff = new ReconnectBackoff { Jitter = 0 };

        Assert.Equal(backoff.MaxDelay, backoff.DelayBefore(int.MaxValue, new Random(1)));
    }
}
