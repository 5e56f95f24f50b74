using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using RemoteEvaluation.Storage.Hosting;

namespace RemoteEvaluation.Server.Hosting;

/// <summary>Tells the person who started the service where it listens and what it stores into.</summary>
internal static partial class StartupBanner
{
    public static void PrintStartupBanner(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var storage = app.Services.GetRequiredService<IOptions<StorageOptions>>().Value.Provider;
            foreach (var address in addresses)
            {
                Listening(app.Logger, address, storage);
            }
        });
    }

    [LoggerMessage(3001, LogLevel.Information, "RemoteEvaluation 远程异地评标 is listening on {Address} (storage: {Storage})")]
    private static partial void Listening(ILogger logger, string address, StorageProvider storage);
}
