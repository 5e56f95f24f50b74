namespace RemoteEvaluation.Server.Province;

/// <summary>The province hub and its board.</summary>
public static class ProvinceHosting
{
    /// <summary>Where <see cref="ProvinceHub"/> listens.</summary>
    public const string Path = "/hubs/province";

    public static WebApplicationBuilder AddProvinceBoard(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ProvinceLinkAlerts>();
        builder.Services.AddSingleton<ProvinceBoard>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ProvinceBoard>());
        return builder;
    }

    public static WebApplication MapProvinceHub(this WebApplication app)
    {
        app.MapHub<ProvinceHub>(Path);
        return app;
    }
}
