using RemoteEvaluation.SessionSimulator;

namespace RemoteEvaluation.Server.Tests.Simulation;

/// <summary>How the simulator reads its histograms and its command line.</summary>
public sealed class Simulator_reports
{
    [Fact]
    public void percentiles_are_nearest_rank_over_every_sample()
    {
        var histogram = new LatencyHistogram("score-to-host");
        foreach (var ms in Enumerable.Range(1, 1000).Reverse())
        {
            histogram.RecordMilliseconds(ms);
        }

        var summary = histogram.Summary();

        Assert.Equal((1000, 500d, 900d, 990d, 999d, 1000d, 1d), (summary.Count, summary.P50, summary.P90, summary.P99, summary.P999, summary.Max, summary.Min));
    }

    [Fact]
    public void an_empty_histogram_has_no_percentiles_rather_than_zeros()
    {
        var summary = new LatencyHistogram("relay").Summary();

        Assert.Equal(0, summary.Count);
        Assert.True(double.IsNaN(summary.P99));
    }

    [Fact]
    public void a_ramp_step_starts_a_fresh_histogram()
    {
        var histogram = new LatencyHistogram("round-trip");
        histogram.RecordMilliseconds(250);

        var first = histogram.TakeSummary();
        histogram.RecordMilliseconds(5);

        Assert.Equal((1, 250d), (first.Count, first.P99));
        Assert.Equal((1, 5d), (histogram.Summary().Count, histogram.Summary().P99));
    }

    [Theory]
    [InlineData("--experts", "4")]
    [InlineData("--experts", "3")]
    [InlineData("--centres", "4")]
    [InlineData("--sessions", "0")]
    public void a_committee_or_run_the_rules_refuse_is_refused_before_anything_connects(string option, string value)
    {
        Assert.ThrowsAny<ArgumentException>(() => SimulatorOptions.Parse([option, value]));
    }

    [Fact]
    public void the_command_line_reads_every_option_of_a_cross_node_run()
    {
        var options = SimulatorOptions.Parse(["--url", "http://127.0.0.1:5001", "--host-url", "http://127.0.0.1:5002", "--sessions", "200", "--experts", "7", "--pace", "realistic", "--duration", "90", "--relay"]);

        Assert.Equal(new Uri("http://127.0.0.1:5001/hubs/evaluation"), options.HubUrl(host: false, "/hubs/evaluation"));
        Assert.Equal(new Uri("http://127.0.0.1:5002/hubs/evaluation"), options.HubUrl(host: true, "/hubs/evaluation"));
        Assert.Equal((200, 7, Pace.Realistic, TimeSpan.FromSeconds(90), true), (options.Sessions, options.Experts, options.Pace, options.Duration, options.Relay));
    }
}
