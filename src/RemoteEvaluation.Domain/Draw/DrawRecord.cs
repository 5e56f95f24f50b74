namespace RemoteEvaluation.Domain.Draw;

/// <summary>
/// Everything needed to re-run a draw (抽取记录), exported from its log: the request, the commitment, the
/// revealed secret, and per round the supervisor's value, the eligible-list snapshot and what was drawn.
/// </summary>
public sealed record DrawRecord(string DrawId, DrawRequest Request, string SecretCommitment, string? Secret, IReadOnlyList<DrawRoundRecord> Rounds)
{
    public static DrawRecord From(string drawId, DrawState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Request is null)
        {
            throw new InvalidOperationException("A draw that was never requested has no record.");
        }

        return new DrawRecord(drawId, state.Request, state.SecretCommitment!, state.RevealedSecret, [.. state.Rounds.Select(r => new DrawRoundRecord(r.Performed, r.Snapshot))]);
    }
}

/// <summary>One round of a <see cref="DrawRecord"/>: the recorded outcome and its snapshot parts.</summary>
public sealed record DrawRoundRecord(DrawPerformed Performed, IReadOnlyList<EligibleListRecorded> Snapshot);
