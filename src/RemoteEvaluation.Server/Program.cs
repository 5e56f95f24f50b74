using RemoteEvaluation.Grains;
using RemoteEvaluation.Server.Accounts;
using RemoteEvaluation.Server.Audit;
using RemoteEvaluation.Server.Benchmarks;
using RemoteEvaluation.Server.Coordination;
using RemoteEvaluation.Server.Demo;
using RemoteEvaluation.Server.Documents;
using RemoteEvaluation.Server.Evidence;
using RemoteEvaluation.Server.Hosting;
using RemoteEvaluation.Server.Hubs;
using RemoteEvaluation.Server.Presence;
using RemoteEvaluation.Server.Province;
using RemoteEvaluation.Server.Sessions;
using RemoteEvaluation.Server.Web;
using RemoteEvaluation.Storage.Hosting;

// Settings ship beside the binary; relative data paths (./data) stay relative to where the service is started.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

builder.AddServiceDefaults();
builder.Services.AddEventStorage(builder.Configuration);
builder.Services.AddGrains(builder.Configuration.GetSection("Grains"));
builder.Services.AddSingleton<NodeIdentity>();
builder.AddAccounts();
builder.AddEvaluationHubs();
builder.AddPresence();
builder.AddProvinceBoard();
builder.Services.AddHubHardening(builder.Configuration);
builder.Services.AddCoordination();
builder.Services.AddAudit();
builder.Services.AddEvidence(builder.Configuration);
builder.Services.AddHostedService<DemoProvince>();
builder.Services.AddHostedService<DemoSession>();

var app = builder.Build();

app.UseServiceDefaults();
app.UseHubOrigins();
app.UseAccess();
app.MapDefaultEndpoints();
app.MapAccounts();
app.MapEvaluationHubs();
app.MapProvinceHub();
app.MapCoordination();
app.MapDocuments();
app.MapAudit();
app.MapEvidence();
app.MapFeedProbe();
app.MapSessions();
app.MapSimulatorSeating();
app.MapRelayHub();
app.MapMemoryReading();
app.MapWebApp();
if (app.RefusesToStart())
{
    await app.DisposeAsync(); // flushes the console logger's queue: the refusal line was sometimes lost at exit
    return KeyRing.ConfigurationExitCode; // Production without its key-ring certificate (logged)
}

app.PrintStartupBanner();

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;
