using System.Collections.Immutable;
using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Sessions;

namespace RemoteEvaluation.Domain.Conduct;

/// <summary>Record every expert's conduct (专家行为评价) with the staff's remarks; one record per expert follows.</summary>
public sealed record RecordConduct(Actor By, ImmutableList<StaffRemark> Remarks) : SessionCommand(By);
