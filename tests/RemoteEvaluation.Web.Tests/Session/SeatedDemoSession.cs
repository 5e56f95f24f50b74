using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Committee;
using RemoteEvaluation.Domain.Scoring;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Grains.Sessions;
using Microsoft.Extensions.DependencyInjection;
using RemoteEvaluation.Server.Authorization;

namespace RemoteEvaluation.Web.Tests.Session;

/// <summary>
/// The part of the demo session no person does in a browser: the criteria adopted for it and the committee the draw
/// seated (only the draw may seat it, 四不知). Sent to the session grain the way the service itself sends them.
/// The project is over the large-procurement threshold, so the committee has seven members: five experts and two
/// tenderer representatives (招标人代表), three in Ningbo and four in Wenzhou; the host centre (Hangzhou) presents and runs
/// the session.
/// </summary>
public static class SeatedDemoSession
{
    public const string Id = "demo-zj-2026-001";
    public const string Ningbo = "site-330200";
    public const string Wenzhou = "site-330300";

    /// <summary>The committee in seating order; the first is the one the others elect chair.</summary>
    public static readonly IReadOnlyList<CommitteeMember> Committee =
    [
        new("demo-0002", MemberKind.Expert, Ningbo, "pool-zj"),
        new("demo-0008", MemberKind.Expert, Ningbo, "pool-zj"),
        new("demo-0011", MemberKind.Expert, Wenzhou, "pool-zj"),
        new("demo-0012", MemberKind.Expert, Wenzhou, "pool-zj"),
        new("demo-0016", MemberKind.Expert, Wenzhou, "pool-zj"),
        new("rep-emp01-1", MemberKind.TendererRepresentative, Ningbo, "tenderer"),
        new("rep-emp01-2", MemberKind.TendererRepresentative, Wenzhou, "tenderer"),
    ];

    /// <summary>One scored item per part keeps the sheets few: technical (blind) and commercial, 10 points, step 1.</summary>
    public static readonly CriteriaTemplate Criteria = new(
        "e2e-construction",
        "门诊楼施工 综合评估法",
        EvaluationMethod.Comprehensive,
        [new QualificationItem("q.licence", "营业执照有效"), new QualificationItem("q.bond", "按要求提交投标保证金")],
        [
            new CriteriaPart(PartKind.Technical, "技术部分", [new CriteriaItem("t.method", "施工方案", 10, 1)]),
            new CriteriaPart(PartKind.Commercial, "商务部分", [new CriteriaItem("c.references", "类似工程业绩", 10, 1)]),
            new CriteriaPart(PartKind.Price, "价格部分", [new CriteriaItem("p.price", "投标报价得分", 30, 0.01m, ItemKind.PriceFormula)]),
        ],
        new PriceFormula(PriceBase.AverageOfValidBids, 1m));

    public const string Hangzhou = "site-330100";

    /// <summary>The host centre's staff (demo account <c>host.hz</c>), who run the session.</summary>
    public static readonly Actor Host = new(ActorRole.HostStaff, "host.hz", Hangzhou);

    /// <summary>A committee member acting for themself: an expert or a tenderer representative.</summary>
    public static Actor MemberActor(CommitteeMember m) =>
        new(m.Kind == MemberKind.TendererRepresentative ? ActorRole.TendererRepresentative : ActorRole.Expert, m.PersonId, m.SiteId);

    /// <summary>
    /// Adopts the criteria and seats <paramref name="committee"/> (the demo committee unless given) in the demo session,
    /// or in the scheduled session <paramref name="sessionId"/>.
    /// </summary>
    public static async Task PrepareAsync(IServiceProvider services, IReadOnlyList<CommitteeMember>? committee = null, string sessionId = Id)
    {
        var session = services.GetRequiredService<IGrainFactory>().GetGrain<ISessionGrain>(sessionId);
        await SendAsync(session, "e2e:criteria", new AdoptCriteria(Host, Criteria));
        await SendAsync(session, "e2e:seat", new SeatCommittee(Actor.Draw, [.. committee ?? Committee]));
    }

    public static async Task SendAsync(ISessionGrain session, string commandId, SessionCommand command)
    {
        var result = await session.ExecuteAsync(command, new CommandContext(commandId, command.By.PersonId, command.By.Role == ActorRole.System ? "system" : RoleNames.Of(command.By.Role), command.By.SiteId));
        Assert.True(result.Rejection is null, $"{commandId}: {result.Rejection?.Code} {result.Rejection?.Message}");
    }
}
