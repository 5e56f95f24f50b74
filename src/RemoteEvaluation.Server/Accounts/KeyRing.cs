using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace RemoteEvaluation.Server.Accounts;

/// <summary>
/// The data-protection key ring (密钥环): it signs tokens and cookies and seals the draw secrets and the centres'
/// evidence keys, so every node shares it (<c>DataProtection:KeysPath</c>) and production encrypts it at rest with a
/// certificate (<c>DataProtection:CertificatePath</c>, <c>DataProtection:CertificatePassword</c>).
/// </summary>
public static class KeyRing
{
    public static IServiceCollection AddKeyRing(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var dataProtection = services.AddDataProtection().SetApplicationName("RemoteEvaluation");
        if (configuration["DataProtection:KeysPath"] is { Length: > 0 } keys)
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(keys));
        }

        if (configuration["DataProtection:CertificatePath"] is { Length: > 0 } path)
        {
            // The framework also decrypts with this certificate, so it need not be in a machine certificate store.
            dataProtection.ProtectKeysWithCertificate(Load(path, configuration["DataProtection:CertificatePassword"]));
        }

        return services;
    }

    private static X509Certificate2 Load(string path, string? password)
    {
        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password);
        return certificate.HasPrivateKey
            ? certificate
            : throw new InvalidOperationException($"DataProtection:CertificatePath {path} has no private key: the key ring could be written but never read back.");
    }
}
