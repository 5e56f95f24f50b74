using RemoteEvaluation.Domain.Draw;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Grains.Runtime;

namespace RemoteEvaluation.Grains.Draw;

/// <summary>
/// One expert draw (专家抽取), keyed by its id and stored as stream <c>draw/{id}</c>. It reads the pool through
/// <see cref="Experts.IExpertPool"/>, the seats from the host's linked centres, notifies through
/// <see cref="Notifications.INotificationGateway"/>, and moves on in drawn order on a decline, a failed
/// notification or an expired invitation.
/// </summary>
public interface IDrawGrain : IGrainWithStringKey
{
    /// <summary>Opens the draw for a request and records the commitment to the secret (SHA-256, hex).</summary>
    Task<CommandResult> RequestAsync(DrawRequest request, string secretCommitment, CommandContext context);

    /// <summary>
    /// Runs a round with the secret and the supervisor's value, on the home pool of the host's province (falling
    /// back to the linked pool when short) and the free seats of the host's linked centres, then invites.
    /// Round 0 first; a later call is a replacement round (补抽), allowed only when the drawn orders are used up.
    /// </summary>
    Task<CommandResult> PerformAsync(string secret, string supervisorValue, CommandContext context);

    /// <summary>The invited expert confirms with the token from the notice; the assignment goes onto the expert's record.</summary>
    Task<CommandResult> ConfirmAsync(string token, CommandContext context);

    /// <summary>The invited expert declines with the token from the notice; the next candidate is invited.</summary>
    Task<CommandResult> DeclineAsync(string token, string reason, CommandContext context);

    /// <summary>Closes invitations past their deadline and invites the next candidates (call it periodically).</summary>
    Task<CommandResult> ExpireAsync(CommandContext context);

    /// <summary>The session replaces a confirmed expert (absent, or declared a conflict); the next candidate is invited.</summary>
    Task<CommandResult> ReplaceAsync(string expertId, string reason, CommandContext context);

    /// <summary>Reveals the secret when the session closes, so that anyone can re-run the draw.</summary>
    Task<CommandResult> RevealAsync(string secret, CommandContext context);

    /// <summary>The draw as this node knows it after reading the log, with its version.</summary>
    Task<DrawSnapshot> GetSnapshotAsync();

    /// <summary>Everything needed to re-run the draw (<c>draw verify</c>); the secret is in it once revealed.</summary>
    Task<DrawRecord> ExportAsync();
}

/// <summary>A draw at a stream version, with the slots that need a replacement round.</summary>
public sealed record DrawSnapshot(string DrawId, long Version, DrawState State, IReadOnlyList<int> ShortSlots);
