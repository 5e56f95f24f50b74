using RemoteEvaluation.Domain.Experts;

namespace RemoteEvaluation.Domain.Draw;

/// <summary>
/// What a draw request must satisfy before anything is drawn, including the committee rules (评标委员会组成):
/// at least 5 members, an odd number, experts at least two thirds, and at least the large-procurement minimum
/// (default 7) when the procurement is large.
/// </summary>
public static class DrawRequestRules
{
    public static Rejection? Check(DrawRequest r, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (string.IsNullOrWhiteSpace(r.SessionId) || string.IsNullOrWhiteSpace(r.HostSiteId) || r.Project is null
            || string.IsNullOrWhiteSpace(r.Project.ProjectCode) || string.IsNullOrWhiteSpace(r.Project.TendererId) || r.Project.Region.Value is null)
        {
            return Invalid("A request needs the session, the host centre, the project code, the tenderer and the project region.");
        }

        if (r.Slots.Count == 0 || r.Slots.Any(s => !SpecialtyCode.IsValid(s.SpecialtyCode) || s.Count < 1))
        {
            return Invalid("Each line of a request names a valid specialty code (C05 or C0501) and a count of at least 1.");
        }

        if (r.Slots.Select(s => s.SpecialtyCode).Distinct(StringComparer.Ordinal).Count() != r.Slots.Count)
        {
            return Invalid("A specialty code appears on more than one line; add the counts together.");
        }

        if (r.SessionTo <= r.SessionFrom || r.SessionFrom <= now)
        {
            return Invalid("The session must start in the future and end after it starts.");
        }

        if (r.RandomRemoteSites is < 1 || r.Settings.ReservePerSlot < 0 || r.Settings.ResponseMinutes < 1 || r.TendererRepresentatives < 0)
        {
            return Invalid("Random remote centres, reserves, the response time and tenderer representatives must be positive.");
        }

        var members = r.ExpertCount + r.TendererRepresentatives;
        if (members < 5 || members % 2 == 0 || r.ExpertCount * 3 < members * 2 || (r.LargeProcurement && members < r.Settings.LargeCommitteeMinimum))
        {
            return new Rejection(DrawRejections.CommitteeRule,
                $"A committee of {members} ({r.ExpertCount} experts) breaks the rules: at least 5, odd, experts at least two thirds{(r.LargeProcurement ? $", at least {r.Settings.LargeCommitteeMinimum} for large procurement" : string.Empty)}.");
        }

        return null;
    }

    private static Rejection Invalid(string message) => new(DrawRejections.InvalidRequest, message);
}
