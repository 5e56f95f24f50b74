namespace RemoteEvaluation.Domain.Draw;

/// <summary>The result of re-running a draw: whether it matched, and each difference found.</summary>
public sealed record DrawVerification(bool Matches, IReadOnlyList<string> Findings);

/// <summary>
/// Re-runs a revealed draw from its record (抽取复核): the secret must open the commitment; each round's
/// snapshot must hash to the recorded hash; the algorithm run again on the snapshot, the request and the
/// seed must give the recorded drawn orders and remote centres.
/// </summary>
public static class DrawVerifier
{
    public static DrawVerification Verify(DrawRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        List<string> findings = [];
        if (record.Secret is null)
        {
            return new DrawVerification(false, ["The secret is not revealed yet; the draw cannot be re-run."]);
        }

        if (!DrawSeed.Opens(record.SecretCommitment, record.Secret))
        {
            findings.Add("The revealed secret does not match the commitment recorded before the draw.");
        }

        foreach (var round in record.Rounds)
        {
            var recorded = round.Performed;
            var eligible = DrawSnapshotParts.Join(round.Snapshot, record.Request.Slots.Count, recorded.FallbackPoolId);
            var outcome = DrawAlgorithm.Run(record.Request, eligible, DrawSeed.Derive(record.Secret, recorded.SupervisorValue, recorded.Round), recorded.SeatOffers);
            if (outcome.SnapshotHash != recorded.SnapshotHash)
            {
                findings.Add($"Round {recorded.Round}: the snapshot hashes to {outcome.SnapshotHash}, the record says {recorded.SnapshotHash}.");
            }

            for (var i = 0; i < outcome.Slots.Count; i++)
            {
                var again = outcome.Slots[i].Order.Select(o => o.ExpertId);
                var before = i < recorded.Slots.Count ? recorded.Slots[i].Order.Select(o => o.ExpertId) : [];
                if (!again.SequenceEqual(before, StringComparer.Ordinal))
                {
                    findings.Add($"Round {recorded.Round}, slot {i}: re-run order {string.Join(",", again)} differs from the recorded {string.Join(",", before)}.");
                }
            }

            if (!outcome.RemoteSites.Select(s => s.SiteId).SequenceEqual(recorded.RemoteSites.Select(s => s.SiteId), StringComparer.Ordinal))
            {
                findings.Add($"Round {recorded.Round}: re-run remote centres differ from the recorded ones.");
            }
        }

        return new DrawVerification(findings.Count == 0, findings);
    }
}
