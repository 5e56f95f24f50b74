using RemoteEvaluation.Contracts;
using RemoteEvaluation.Server.Tests.Accounts;

namespace RemoteEvaluation.Server.Tests.Hardening;

public sealed class Tokens_never_reach_the_log
{
    [Fact]
    public async Task a_signed_in_hub_connection_with_the_token_in_its_query_string_leaves_no_trace_of_it_in_the_log()
    {
        // As verbose as an operator chasing a fault would make it.
        await using var server = LiveServer.Start(new Dictionary<string, string>
        {
            ["Logging:LogLevel:Default"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Trace",
        });
        await ScoringSession.OpenAsync(server.Grains, "s1");
        var token = await server.StaffTokenAsync("host.hz");

        // Like a browser: the token only in the query string, on negotiate and on the WebSocket request.
        using var negotiate = await server.Http.PostAsync(
            new Uri($"/hubs/evaluation/negotiate?negotiateVersion=1&access_token={Uri.EscapeDataString(token)}", UriKind.Relative), null, Api.Cancel);
        await using var host = await Participant.JoinAsync(server.HubUrl, token, "s1", tokenHeader: false);
        Assert.Equal("host_staff", (await host.InvokeAsync<SessionJoined>("Join", "s1")).Role);

        Assert.True(negotiate.IsSuccessStatusCode, $"negotiate answered {negotiate.StatusCode}");
        Assert.Contains(server.Logs.Lines, l => l.Message.Contains("/hubs/evaluation", StringComparison.Ordinal)); // the requests were logged…
        Assert.DoesNotContain(server.Logs.Lines, l => l.Message.Contains(token[..24], StringComparison.Ordinal)); // …their token was not
        Assert.DoesNotContain(server.Logs.Lines, l => l.Message.Contains(Uri.EscapeDataString(token)[..24], StringComparison.Ordinal));
    }
}
