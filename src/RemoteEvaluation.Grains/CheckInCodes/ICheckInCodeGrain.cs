using RemoteEvaluation.Domain.CheckInCodes;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Grains.Runtime;

namespace RemoteEvaluation.Grains.CheckInCodes;

/// <summary>
/// One one-time check-in code (一次性签到码), keyed <c>{sessionId}:{codeId}</c> and stored as stream
/// <c>checkin-code/{sessionId}:{codeId}</c>. The stream version makes "used once" hold across nodes.
/// </summary>
public interface ICheckInCodeGrain : IGrainWithStringKey
{
    /// <summary>Decides a command by <see cref="CheckInCodeDecider"/> and records its events.</summary>
    Task<CommandResult> ExecuteAsync(CheckInCodeCommand command, CommandContext context);

    /// <summary>The code as the log holds it now.</summary>
    Task<CheckInCodeState> GetStateAsync();
}
