using System.Collections.Immutable;
using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Scoring;
using RemoteEvaluation.Domain.Settings;
using static RemoteEvaluation.Domain.Sessions.SessionGuards;

namespace RemoteEvaluation.Domain.Sessions;

// Scheduling: the project, remote centres, criteria and bids (steps before check-in).
public sealed partial class SessionDecider
{
    private static Decision<SessionEvent> Schedule(SessionState state, ScheduleSession c, DateTimeOffset now)
    {
        if (Role(state, c, ActorRole.HostStaff) is { } wrongRole)
        {
            return wrongRole;
        }

        if (state.Phase != SessionPhase.None)
        {
            return Decision<SessionEvent>.Reject(SessionRejections.AlreadyScheduled, "This session is already scheduled.");
        }

        if (string.IsNullOrWhiteSpace(c.ProjectCode) || string.IsNullOrWhiteSpace(c.ProjectName) || string.IsNullOrWhiteSpace(c.HostSiteId) || c.EstimatedValue < 0)
        {
            return Decision<SessionEvent>.Reject(SessionRejections.FieldRequired, "Project code, project name and host centre are required, and the estimated value cannot be negative.");
        }

        if (c.By.SiteId != c.HostSiteId)
        {
            return Decision<SessionEvent>.Reject(SessionRejections.WrongSite, $"Only staff of the host centre {c.HostSiteId} can schedule its session; you act from {c.By.SiteId}.");
        }

        if (c.StartsAt <= now)
        {
            return Decision<SessionEvent>.Reject(SessionRejections.StartInPast, $"The start time {c.StartsAt:u} has already passed.");
        }

        var settings = c.Settings ?? EvaluationSettings.Default;
        if (settings.Problem() is { } problem)
        {
            return Decision<SessionEvent>.Reject(SessionRejections.InvalidSettings, problem);
        }

        return Accept(new SessionScheduled(c.ProjectCode.Trim(), c.ProjectName.Trim(), c.HostSiteId, c.StartsAt, c.EstimatedValue, settings));
    }

    private static Decision<SessionEvent> LinkRemoteSite(SessionState state, LinkRemoteSite c)
    {
        if ((Role(state, c, ActorRole.HostStaff, ActorRole.Coordinator) ?? Phase(state, c, SessionPhase.Scheduled) ?? Required(c.SiteId, "A remote centre id")) is { } rejected)
        {
            return rejected;
        }

        if (c.SiteId == state.HostSiteId)
        {
            return Decision<SessionEvent>.Reject(SessionRejections.SiteIsHost, $"Centre {c.SiteId} is the host of this session and cannot also be remote.");
        }

        if (state.RemoteSiteIds.Contains(c.SiteId))
        {
            return Decision<SessionEvent>.Reject(SessionRejections.SiteAlreadyLinked, $"Centre {c.SiteId} is already linked to this session.");
        }

        return Accept(new RemoteSiteLinked(c.SiteId));
    }

    private static Decision<SessionEvent> AdoptCriteria(SessionState state, AdoptCriteria c)
    {
        if ((Role(state, c, ActorRole.HostStaff) ?? Phase(state, c, SessionPhase.Scheduled)) is { } rejected)
        {
            return rejected;
        }

        if (state.Criteria is not null)
        {
            return Decision<SessionEvent>.Reject(CriteriaRejections.AlreadyAdopted, $"Criteria '{state.Criteria.Id}' are already adopted; criteria cannot change once set.");
        }

        if (c.Criteria is null)
        {
            return Decision<SessionEvent>.Reject(CriteriaRejections.FieldRequired, "The command carries no criteria template.");
        }

        return CriteriaValidation.Check(c.Criteria) is { } invalid ? invalid : Accept(new CriteriaAdopted(c.Criteria));
    }

    private static Decision<SessionEvent> RegisterBids(SessionState state, RegisterBids c)
    {
        if ((Role(state, c, ActorRole.HostStaff) ?? Phase(state, c, SessionPhase.Scheduled)) is { } rejected)
        {
            return rejected;
        }

        if (!state.Bids.IsEmpty)
        {
            return Decision<SessionEvent>.Reject(SessionRejections.BidsAlreadyRegistered, "The bids are already registered as opened; they cannot change.");
        }

        var bids = c.Bids ?? [];
        var problem =
            bids.IsEmpty ? "At least one bid is needed." :
            bids.Any(b => string.IsNullOrWhiteSpace(b.BidderId) || string.IsNullOrWhiteSpace(b.BidderName)) ? "Every bid needs a bidder id and name." :
            bids.Select(b => b.BidderId).Distinct().Count() != bids.Count ? "A bidder appears twice; each bidder has one bid." :
            bids.FirstOrDefault(b => b.Price <= 0 || b.CreditScore < 0) is { } bad ? $"The bid of {bad.BidderId} needs a positive price and a non-negative credit score." :
            null;
        return problem is null ? Accept(new BidsRegistered([.. bids])) : Decision<SessionEvent>.Reject(SessionRejections.BidsInvalid, problem);
    }
}
