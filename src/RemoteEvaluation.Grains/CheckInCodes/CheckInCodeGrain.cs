using RemoteEvaluation.Domain.CheckInCodes;
using RemoteEvaluation.Grains.EventSourcing;

namespace RemoteEvaluation.Grains.CheckInCodes;

/// <summary>The check-in code grain: <see cref="CheckInCodeDecider"/> over stream <c>checkin-code/{sessionId}:{codeId}</c>.</summary>
public sealed class CheckInCodeGrain(GrainServices services)
    : EventSourcedGrain<CheckInCodeDecider, CheckInCodeState, CheckInCodeCommand, CheckInCodeEvent>(services), ICheckInCodeGrain
{
    public const string Kind = "checkin-code";

    protected override string StreamKind => Kind;

    public Task<CommandResult> ExecuteAsync(CheckInCodeCommand command, CommandContext context) => base.ExecuteAsync(command, context);

    public async Task<CheckInCodeState> GetStateAsync()
    {
        await CatchUpAsync(CancellationToken.None);
        return State;
    }
}
