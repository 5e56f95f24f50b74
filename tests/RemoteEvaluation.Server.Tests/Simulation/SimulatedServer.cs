using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace RemoteEvaluation.Server.Tests.Simulation;

/// <summary>The real server on real Kestrel with the settings a load test switches on: simulator seating, the relay hub, memory readings.</summary>
internal static class SimulatedServer
{
    public static readonly IReadOnlyDictionary<string, string> LoadTestSettings = new Dictionary<string, string>
    {
        ["Diagnostics:SimulatorSeating"] = "true",
        ["Diagnostics:RelayHub"] = "true",
        ["Diagnostics:Memory"] = "true",
        ["Auth:LoginPermitLimit"] = "1000", // every simulated expert redeems a check-in code from this one address
    };

    public static ServerFactory Start(IReadOnlyDictionary<string, string> settings, string? postgreSql = null, string environment = "Development")
    {
        var factory = new ServerFactory { Settings = new Dictionary<string, string>(settings) { [WebHostDefaults.EnvironmentKey] = environment }, PostgreSql = postgreSql };
        factory.UseKestrel(0);
        factory.StartServer();
        return factory;
    }

    public static Uri BaseUrl(this ServerFactory factory) =>
        new(factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
}
