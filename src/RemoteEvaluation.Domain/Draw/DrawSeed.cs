using System.Security.Cryptography;
using System.Text;

namespace RemoteEvaluation.Domain.Draw;

/// <summary>
/// The seed of a draw round (抽取种子) that nobody can steer alone: a secret committed before the draw
/// (only its SHA-256 is recorded) and a value entered by the supervisor present (监督人输入值).
/// seed = HMAC-SHA-256(key = UTF-8(secret), message = UTF-8("round:" + round + "|" + supervisor value)).
/// </summary>
public static class DrawSeed
{
    /// <summary>The shortest secret accepted: 128 bits as hex.</summary>
    public const int MinimumSecretLength = 32;

    /// <summary>The commitment (承诺值) recorded before the draw: SHA-256 of the secret, lower-case hex.</summary>
    public static string Commitment(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
    }

    public static bool Opens(string commitment, string? secret) =>
        secret is { Length: >= MinimumSecretLength } && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Commitment(secret)), Encoding.ASCII.GetBytes(commitment ?? string.Empty));

    public static byte[] Derive(string secret, string supervisorValue, int round)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"round:{round.ToString(System.Globalization.CultureInfo.InvariantCulture)}|{supervisorValue}"));
    }
}
