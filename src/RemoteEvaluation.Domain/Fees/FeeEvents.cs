using System.Collections.Immutable;
using RemoteEvaluation.Domain.Sessions;

namespace RemoteEvaluation.Domain.Fees;

/// <summary>Expert fees were settled (劳务报酬结算).</summary>
[EventType("fees.settled")]
public sealed record FeesSettled(ImmutableList<ExpertFee> Fees) : SessionEvent;
