using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Sessions;

namespace RemoteEvaluation.Domain.Fees;

/// <summary>Settle the experts' fees (结算专家劳务报酬) from the fee table fixed at scheduling.</summary>
public sealed record SettleFees(Actor By) : SessionCommand(By);
