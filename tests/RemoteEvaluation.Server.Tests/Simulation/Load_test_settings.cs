using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace RemoteEvaluation.Server.Tests.Simulation;

/// <summary>The load-test endpoints exist only when a setting asks, and the seating shortcut never in Production.</summary>
public sealed class Load_test_settings
{
    [Fact]
    public async Task without_the_settings_there_is_no_seating_shortcut_no_relay_hub_and_no_memory_reading()
    {
        await using var server = SimulatedServer.Start(new Dictionary<string, string>());
        using var http = new HttpClient { BaseAddress = server.BaseUrl() };

        Assert.Equal(HttpStatusCode.NotFound, (await http.PostAsJsonAsync("/diagnostics/simulator/sessions/s1/committee", Array.Empty<object>(), TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/diagnostics/memory", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.PostAsync("/hubs/relay/negotiate?negotiateVersion=1", null, TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public void the_seating_shortcut_refuses_to_start_in_production()
    {
        var settings = new Dictionary<string, string> { ["Diagnostics:SimulatorSeating"] = "true" };

        var refused = Assert.ThrowsAny<Exception>(() => SimulatedServer.Start(settings, environment: "Production"));

        Assert.Contains("Diagnostics:SimulatorSeating", refused.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_seating_shortcut_needs_host_staff()
    {
        await using var server = SimulatedServer.Start(SimulatedServer.LoadTestSettings);
        using var http = new HttpClient { BaseAddress = server.BaseUrl() };

        var anonymous = await http.PostAsJsonAsync("/diagnostics/simulator/sessions/s1/committee", Array.Empty<object>(), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task the_memory_reading_answers_the_gc_heap_and_working_set()
    {
        await using var server = SimulatedServer.Start(SimulatedServer.LoadTestSettings);
        using var http = new HttpClient { BaseAddress = server.BaseUrl() };

        var reading = await http.GetFromJsonAsync<JsonElement>("/diagnostics/memory", TestContext.Current.CancellationToken);

        Assert.True(reading.GetProperty("gcHeapBytes").GetInt64() > 0);
        Assert.True(reading.GetProperty("workingSetBytes").GetInt64() >= reading.GetProperty("gcHeapBytes").GetInt64());
    }
}
