using System.Security.Cryptography;

namespace RemoteEvaluation.Server.Accounts;

/// <summary>
/// What a check-in code looks like (签到码格式): twelve characters from an alphabet without look-alikes, shown as
/// <c>ABCD-EFGH-JKLM</c>. The first four are the code's id (its stream key, not secret); the other eight are the
/// secret (40 bits), kept only as a salted PBKDF2 hash and guarded by the sign-in rate limit and the short expiry.
/// </summary>
internal static class CheckInCodeFormat
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private const int IdLength = 4;
    private const int SecretLength = 8;

    public static (string Id, string Secret) New() =>
        (RandomNumberGenerator.GetString(Alphabet, IdLength), RandomNumberGenerator.GetString(Alphabet, SecretLength));

    public static string Display(string id, string secret) => $"{id}-{secret[..4]}-{secret[4..]}";

    /// <summary>Splits what the expert typed into id and secret; null when it cannot be a code.</summary>
    public static (string Id, string Secret)? Parse(string? typed)
    {
        var compact = new string((typed ?? string.Empty).Where(c => c is not ('-' or ' ')).Select(char.ToUpperInvariant).ToArray());
        return compact.Length == IdLength + SecretLength && compact.All(Alphabet.Contains)
            ? (compact[..IdLength], compact[IdLength..])
            : null;
    }

    /// <summary>The grain key of a code: one stream per (session, code id).</summary>
    public static string Key(string sessionId, string id) => $"{sessionId}:{id}";
}
