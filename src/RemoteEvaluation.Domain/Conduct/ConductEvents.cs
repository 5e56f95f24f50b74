using System.Collections.Immutable;
using RemoteEvaluation.Domain.Sessions;

namespace RemoteEvaluation.Domain.Conduct;

/// <summary>
/// One expert's conduct in this session (专家行为记录), for that expert's own stream: attendance, deviation alerts
/// still standing in the final summary, scores the committee corrected in re-check, and the staff's remarks.
/// </summary>
[EventType("conduct.expert_recorded")]
public sealed record ExpertConductRecorded(string PersonId, bool Late, bool Absent, bool WithdrewOnConflict, int Deviations, int ScoresRechecked, ImmutableList<string> Remarks) : SessionEvent;
