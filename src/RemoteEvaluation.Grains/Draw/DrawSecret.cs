using System.Security.Cryptography;
using RemoteEvaluation.Domain.Draw;

namespace RemoteEvaluation.Grains.Draw;

/// <summary>Makes the secret of a draw (抽取密钥): 256 random bits as hex, kept by whoever runs the draw until it is revealed.</summary>
public static class DrawSecret
{
    public static string Create() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    public static string CommitmentOf(string secret) => DrawSeed.Commitment(secret);

    /// <summary>A fresh invitation token and the hash the draw records in its place.</summary>
    public static (string Token, string Hash) NewToken()
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
        return (token, DrawSeed.Commitment(token));
    }
}
