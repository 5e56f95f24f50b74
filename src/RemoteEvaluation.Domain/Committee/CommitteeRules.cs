using RemoteEvaluation.Domain.Settings;

namespace RemoteEvaluation.Domain.Committee;

/// <summary>The composition rules of an evaluation committee (评标委员会组成): size, odd number, experts at least two thirds.</summary>
public static class CommitteeRules
{
    public static int MinimumSize(EvaluationSettings settings, decimal estimatedValue) =>
        estimatedValue >= settings.LargeProcurementThreshold ? settings.LargeProcurementCommitteeSize : settings.MinimumCommitteeSize;

    /// <summary>The first rule the composition breaks, or null.</summary>
    public static Rejection? Check(IReadOnlyCollection<CommitteeMember> members, EvaluationSettings settings, decimal estimatedValue)
    {
        var size = members.Count;
        var minimum = MinimumSize(settings, estimatedValue);
        if (size < minimum)
        {
            return new Rejection(CommitteeRejections.TooSmall, $"The committee has {size} members; this procurement needs at least {minimum}.");
        }

        if (size % 2 == 0)
        {
            return new Rejection(CommitteeRejections.EvenSize, $"The committee has {size} members; it must have an odd number.");
        }

        var experts = members.Count(m => m.Kind == MemberKind.Expert);
        if (experts * 3 < size * 2)
        {
            return new Rejection(CommitteeRejections.TooFewExperts, $"Only {experts} of {size} members are experts; at least two thirds must be, so at most {size / 3} may be tenderer representatives.");
        }

        return null;
    }
}
