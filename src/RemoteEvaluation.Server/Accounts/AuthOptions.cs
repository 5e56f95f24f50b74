namespace RemoteEvaluation.Server.Accounts;

/// <summary>Sign-in settings, bound from the <c>Auth</c> configuration section (see docs/operations.md).</summary>
public sealed class AuthOptions
{
    /// <summary>How long a staff bearer token or cookie stays valid.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Shortest password accepted when an account is created or a password changed.</summary>
    public int MinPasswordLength { get; set; } = 8;

    /// <summary>Sign-in attempts (staff login and check-in code exchange) allowed per client address per <see cref="LoginWindow"/>.</summary>
    public int LoginPermitLimit { get; set; } = 10;

    public TimeSpan LoginWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a one-time check-in code (签到码) can be exchanged after it is issued.</summary>
    public TimeSpan CheckInCodeLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// PBKDF2 iterations for check-in code hashes. Fewer than for passwords: a code's secret is 40 random bits that
    /// live ten minutes and open one seat once, so 10,000 still puts an offline search of a leaked hash far beyond its
    /// lifetime, and a morning's check-in burst (every expert of every session) costs a tenth of the CPU.
    /// </summary>
    public int CheckInCodeHashIterations { get; set; } = 10_000;

    /// <summary>
    /// The longest an expert token lives. It is bound to one session and refused by the access rules once that session
    /// closes, whatever this says; this only bounds a token whose session never closes.
    /// </summary>
    public TimeSpan ExpertTokenLifetime { get; set; } = TimeSpan.FromHours(12);
}
