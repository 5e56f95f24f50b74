namespace RemoteEvaluation.Domain.Experts;

/// <summary>
/// The 18-character resident identity number (居民身份号码, GB 11643): a region code, the birth date
/// (yyyyMMdd), a sequence and an ISO 7064 MOD 11-2 check character.
/// </summary>
public static class IdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    public static bool IsValid(string? number, DateOnly birthDate)
    {
        if (number is not { Length: 18 } || !number[..17].All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (number[i] - '0') * Weights[i];
        }

        return char.ToUpperInvariant(number[17]) == CheckCharacters[sum % 11]
            && number.AsSpan(6, 8).SequenceEqual(birthDate.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Completes 17 digits with their check character (used by generators and tests).</summary>
    public static string WithCheckCharacter(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return first17 + CheckCharacters[sum % 11];
    }
}
