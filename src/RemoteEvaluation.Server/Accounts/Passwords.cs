using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using RemoteEvaluation.Domain.Accounts;

namespace RemoteEvaluation.Server.Accounts;

/// <summary>
/// Password hashing with ASP.NET Core's <see cref="PasswordHasher{TUser}"/> (PBKDF2, salted). The domain only ever
/// sees the hash. Checking an unknown username still verifies against a stand-in hash, so a failed sign-in takes
/// about as long whichever part was wrong.
/// </summary>
public sealed class Passwords(IPasswordHasher<AccountState> hasher, IOptions<AuthOptions> options)
{
    private readonly Lazy<string> standIn = new(() => hasher.HashPassword(AccountState.Empty, Guid.NewGuid().ToString("N")));

    public string Hash(string password) => hasher.HashPassword(AccountState.Empty, password);

    /// <summary>True when <paramref name="password"/> matches the account's hash; false for a missing account too.</summary>
    public bool Verify(AccountState? account, string? password)
    {
        var hash = account?.PasswordHash ?? standIn.Value;
        var result = hasher.VerifyHashedPassword(account ?? AccountState.Empty, hash, password ?? string.Empty);
        return account?.PasswordHash is not null && result != PasswordVerificationResult.Failed;
    }

    /// <summary>Null when the password is acceptable as a new password; otherwise why not.</summary>
    public string? Weakness(string? password) =>
        (password?.Length ?? 0) < options.Value.MinPasswordLength
            ? $"A password needs at least {options.Value.MinPasswordLength} characters."
            : null;
}
