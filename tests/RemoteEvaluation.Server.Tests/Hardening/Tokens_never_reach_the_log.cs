using System.Net.Http.Json;
using RemoteEvaluation.Server.Tests.Accounts;

namespace RemoteEvaluation.Server.Tests.Hardening;

public sealed class Tokens_never_reach_the_log
{
    [Fact]
    public async Task a_hub_request_with_the_token_in_its_query_string_leaves_no_trace_of_it_in_the_log()
    {
        // As verbose as an operator chasing a fault would make it.
        await using var server = LiveServer.Start(new Dictionary<string, string>
        {
            ["Logging:LogLevel:Default"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Trace",
        });
        var login = await server.Http.LoginAsync("host.hz", Api.DemoPassword);
        var token = (await login.JsonAsync()).GetProperty("accessToken").GetString()!;

        using var negotiate = await server.Http.PostAsync(
            new Uri($"/hubs/evaluation/negotiate?negotiateVersion=1&access_token={Uri.EscapeDataString(token)}", UriKind.Relative), null, Api.Cancel);

        Assert.Contains(server.Logs.Lines, l => l.Message.Contains("/hubs/evaluation/negotiate", StringComparison.Ordinal)); // the request was logged…
        Assert.DoesNotContain(server.Logs.Lines, l => l.Message.Contains(token[..24], StringComparison.Ordinal)); // …its token was not
        Assert.DoesNotContain(server.Logs.Lines, l => l.Message.Contains(Uri.EscapeDataString(token)[..24], StringComparison.Ordinal));
    }
}
