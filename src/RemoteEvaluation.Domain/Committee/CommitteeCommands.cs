using System.Collections.Immutable;
using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Sessions;

namespace RemoteEvaluation.Domain.Committee;

/// <summary>Seat the drawn committee (组建评标委员会), in draw order.</summary>
public sealed record SeatCommittee(Actor By, ImmutableList<CommitteeMember> Members) : SessionCommand(By);

/// <summary>Seat a replacement (补抽专家入席) for a member who was absent or withdrew.</summary>
public sealed record SeatReplacement(Actor By, string ReplacesPersonId, CommitteeMember Replacement) : SessionCommand(By);
