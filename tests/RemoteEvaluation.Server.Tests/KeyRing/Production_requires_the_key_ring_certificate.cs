using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Data.Sqlite;
using RemoteEvaluation.Server.Tests.Hubs;

namespace RemoteEvaluation.Server.Tests.KeyRing;

/// <summary>
/// In the Production environment the server refuses to start without a key-ring certificate it can load, with one log
/// line naming the setting and exit code 78; other environments start as before. The real server as an operating-system process, as an
/// operator starts it (the exit happens after the host is built, which the in-process test host never passes).
/// </summary>
public sealed class Production_requires_the_key_ring_certificate : IDisposable
{
    private const string Password = "key-ring-test";

    /// <summary><c>EX_CONFIG</c> of sysexits.h: the code the systemd unit does not restart on.</summary>
    private const int ExConfig = 78;
    private static readonly TimeSpan Exit = TimeSpan.FromSeconds(60);
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("re-keyring-prod-");

    private string CertificatePath => Path.Combine(folder.FullName, "key-ring.pfx");

    [Fact]
    public async Task production_without_a_certificate_exits_with_one_line_saying_what_to_set()
    {
        var (exitCode, output) = await ServerProcess.RunToExitAsync(Settings("Production"), Exit);

        Assert.Equal(ExConfig, exitCode);
        var line = Assert.Single(output.Split('\n'), l => l.Contains("DataProtection:CertificatePath", StringComparison.Ordinal));
        Assert.Contains("is not set", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal); // no stack trace
        Assert.Empty(KeyFiles()); // nothing was written to the ring
    }

    [Fact]
    public async Task production_with_a_certificate_that_cannot_be_loaded_exits_naming_it()
    {
        var settings = Settings("Production");
        settings["DataProtection:CertificatePath"] = Path.Combine(folder.FullName, "missing.pfx");

        var (exitCode, output) = await ServerProcess.RunToExitAsync(settings, Exit);

        Assert.Equal(ExConfig, exitCode);
        Assert.Single(output.Split('\n'), l => l.Contains("missing.pfx cannot be loaded", StringComparison.Ordinal));
    }

    [Fact]
    public async Task production_with_the_wrong_certificate_password_exits_naming_the_certificate()
    {
        WriteCertificate();
        var settings = WithCertificate("Production");
        settings["DataProtection:CertificatePassword"] = "not-the-password";

        var (exitCode, output) = await ServerProcess.RunToExitAsync(settings, Exit);

        Assert.Equal(ExConfig, exitCode);
        Assert.Single(output.Split('\n'), l => l.Contains("key-ring.pfx cannot be loaded", StringComparison.Ordinal));
    }

    [Fact]
    public void the_systemd_unit_does_not_restart_a_node_that_refused_its_configuration()
    {
        var unit = File.ReadAllLines(Path.Combine(RepositoryRoot(), "ops", "systemd", "remote-evaluation.service"));

        Assert.Equal(ExConfig, global::RemoteEvaluation.Server.Accounts.KeyRing.ConfigurationExitCode);
        Assert.Contains($"RestartPreventExitStatus={ExConfig}", unit);
        Assert.Contains("Restart=always", unit); // any other exit is still restarted
    }

    [Fact]
    public async Task production_with_its_certificate_starts()
    {
        WriteCertificate();

        await using var server = await ServerProcess.StartAsync("production", WithCertificate("Production"), Wire.Cancel);

        Assert.NotEmpty(KeyFiles());
    }

    [Theory]
    [InlineData("Development")]
    [InlineData("Testing")]
    [InlineData("Benchmark")]
    public async Task other_environments_start_without_a_certificate(string environment)
    {
        await using var server = await ServerProcess.StartAsync(environment, Settings(environment), Wire.Cancel);

        using var response = await server.Http.GetAsync(new Uri("/health/ready", UriKind.Relative), Wire.Cancel);
        Assert.True(response.IsSuccessStatusCode);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }

    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string here = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", ".."));

    private string[] KeyFiles() => Directory.Exists(Path.Combine(folder.FullName, "keys")) ? Directory.GetFiles(Path.Combine(folder.FullName, "keys"), "key-*.xml") : [];

    private Dictionary<string, string> Settings(string environment) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = environment,
        ["DataProtection:KeysPath"] = Path.Combine(folder.FullName, "keys"),
        ["ConnectionStrings:Events"] = $"Data Source={Path.Combine(folder.FullName, "events.db")}",
        ["Demo:Seed"] = "false",
    };

    private Dictionary<string, string> WithCertificate(string environment)
    {
        var settings = Settings(environment);
        settings["DataProtection:CertificatePath"] = CertificatePath;
        settings["DataProtection:CertificatePassword"] = Password;
        return settings;
    }

    private void WriteCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=RemoteEvaluation key ring", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        File.WriteAllBytes(CertificatePath, certificate.Export(X509ContentType.Pfx, Password));
    }
}
