using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace RemoteEvaluation.Server.Accounts;

/// <summary>
/// The data-protection key ring (密钥环): it signs tokens and cookies and seals the draw secrets and the centres'
/// evidence keys, so every node shares it (<c>DataProtection:KeysPath</c>) and production encrypts it at rest with a
/// certificate (<c>DataProtection:CertificatePath</c>, <c>DataProtection:CertificatePassword</c>). In the Production
/// environment a node without a certificate it can load refuses to start (<see cref="RefusesToStart"/>): it would
/// write the keys in plain XML; other environments keep the framework's warning.
/// </summary>
public static class KeyRing
{
    public const string CertificatePathSetting = "DataProtection:CertificatePath";
    public const string CertificatePasswordSetting = "DataProtection:CertificatePassword";

    /// <summary>
    /// The exit code of a refusal to start (<see cref="RefusesToStart"/>): 78, <c>EX_CONFIG</c> of sysexits.h. Its own
    /// code so that a supervisor can tell a configuration to fix from a crash: the systemd unit does not restart on it
    /// (<c>RestartPreventExitStatus=78</c>).
    /// </summary>
    public const int ConfigurationExitCode = 78;

    public static IServiceCollection AddKeyRing(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var dataProtection = services.AddDataProtection().SetApplicationName("RemoteEvaluation");
        if (configuration["DataProtection:KeysPath"] is { Length: > 0 } keys)
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(keys));
        }

        string? missing = null;
        if (configuration[CertificatePathSetting] is { Length: > 0 } path)
        {
            try
            {
                // The framework also decrypts with this certificate, so it need not be in a machine certificate store.
                dataProtection.ProtectKeysWithCertificate(Load(path, configuration[CertificatePasswordSetting]));
            }
            catch (Exception e) when (environment.IsProduction() && e is CryptographicException or IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                missing = $"{CertificatePathSetting} {path} cannot be loaded ({e.Message}): set it to a readable PKCS#12 (.pfx) certificate with its private key and {CertificatePasswordSetting} to its password";
            }
        }
        else if (environment.IsProduction())
        {
            missing = $"{CertificatePathSetting} is not set: set it (environment DataProtection__CertificatePath) to a PKCS#12 (.pfx) certificate with its private key, the same on every node, and {CertificatePasswordSetting} to its password";
        }

        services.AddSingleton(new KeyRingCertificate(missing));
        return services;
    }

    /// <summary>
    /// Whether the node must not start because Production has no key-ring certificate it can load; says so in one log
    /// line (event 3140) instead of a stack trace, before anything is written to the ring.
    /// </summary>
    public static bool RefusesToStart(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetRequiredService<KeyRingCertificate>().Missing is not { } missing)
        {
            return false;
        }

        AccountsLog.KeyRingCertificateMissing(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(KeyRing)), missing);
        return true;
    }

    private static X509Certificate2 Load(string path, string? password)
    {
        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password);
        return certificate.HasPrivateKey
            ? certificate
            : throw new InvalidOperationException($"{CertificatePathSetting} {path} has no private key: the key ring could be written but never read back.");
    }

    /// <summary>Why Production may not start with this key ring configuration, or null.</summary>
    private sealed record KeyRingCertificate(string? Missing);
}
