using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Xml.Linq;
using Microsoft.Data.Sqlite;
using RemoteEvaluation.Server.Tests.Accounts;

namespace RemoteEvaluation.Server.Tests.KeyRing;

/// <summary>
/// <c>DataProtection:CertificatePath</c>: the shared key ring is encrypted at rest with a certificate, and every node
/// given the same certificate reads it. Servers start one after the other on one key ring folder and one database, as
/// two nodes sharing a volume would.
/// </summary>
public sealed class Key_ring_protected_with_a_certificate : IDisposable
{
    private const string CertificatePassword = "key-ring-test";
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("re-keyring-");

    private string KeysPath => Path.Combine(folder.FullName, "keys");

    private string CertificatePath => Path.Combine(folder.FullName, "key-ring.pfx");

    [Fact]
    public async Task keys_written_with_a_certificate_keep_no_plain_master_key()
    {
        WriteSelfSignedCertificate();

        await SignInAsync(WithCertificate());

        var keys = Directory.GetFiles(KeysPath, "key-*.xml");
        Assert.NotEmpty(keys);
        Assert.All(keys, file =>
        {
            var xml = XDocument.Load(file);
            Assert.Empty(xml.Descendants("masterKey"));
            Assert.Single(xml.Descendants(), e => e.Name.LocalName == "EncryptedData");
        });
    }

    [Fact]
    public async Task a_second_server_with_the_same_certificate_accepts_the_first_servers_token()
    {
        WriteSelfSignedCertificate();
        var token = await SignInAsync(WithCertificate());

        var status = await MeAsync(WithCertificate(), token);

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task a_server_without_the_certificate_cannot_read_the_ring_and_refuses_the_token()
    {
        WriteSelfSignedCertificate();
        var token = await SignInAsync(WithCertificate());

        var status = await MeAsync(new Dictionary<string, string> { ["DataProtection:KeysPath"] = KeysPath, ["ConnectionStrings:Events"] = Database }, token);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A server being stopped may still be writing a file there; a temporary folder left behind is no failure.
        }
    }

    private string Database => $"Data Source={Path.Combine(folder.FullName, "events.db")}";

    private Dictionary<string, string> WithCertificate() => new()
    {
        ["DataProtection:KeysPath"] = KeysPath,
        ["DataProtection:CertificatePath"] = CertificatePath,
        ["DataProtection:CertificatePassword"] = CertificatePassword,
        ["ConnectionStrings:Events"] = Database,
    };

    private void WriteSelfSignedCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=RemoteEvaluation key ring", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        File.WriteAllBytes(CertificatePath, certificate.Export(X509ContentType.Pfx, CertificatePassword));
    }

    private static async Task<string> SignInAsync(Dictionary<string, string> settings)
    {
        await using var server = new ServerFactory { Settings = settings };
        using var http = server.CreateClient();
        using var response = await http.LoginAsync("host.hz", Api.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("accessToken").GetString()!;
    }

    private static async Task<HttpStatusCode> MeAsync(Dictionary<string, string> settings, string token)
    {
        await using var server = new ServerFactory { Settings = settings };
        using var http = server.WithBearer(token);
        using var response = await http.MeAsync();
        return response.StatusCode;
    }
}
