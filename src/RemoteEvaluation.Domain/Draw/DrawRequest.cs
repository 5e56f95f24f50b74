using RemoteEvaluation.Domain.Experts;

namespace RemoteEvaluation.Domain.Draw;

/// <summary>A bidder (投标人): the company and the people behind it (legal representative, project lead…).</summary>
public sealed record Bidder(string CompanyId, string CompanyName, IReadOnlyList<string> PeopleIds);

/// <summary>
/// The project the experts are drawn for (招标项目): the tenderer (招标人), where the project is, the bidders,
/// and the supervising and competent departments (行政监督部门/主管部门) whose staff may not serve.
/// </summary>
public sealed record DrawProject(
    string ProjectCode,
    string TendererId,
    string TendererName,
    RegionCode Region,
    IReadOnlyList<Bidder> Bidders,
    IReadOnlyList<string> SupervisingDepartmentIds);

/// <summary>One line of a request: a specialty code (either level) and how many experts (抽取专业及人数).</summary>
public sealed record DrawSlot(string SpecialtyCode, int Count);

/// <summary>
/// A request for an expert draw (专家抽取申请) for one session: what to draw, when the session runs, which
/// avoidance rules are on, and how remote centres are placed. With <see cref="RandomRemoteSites"/> set, that many
/// remote centres are themselves chosen at random among the host's linked centres with free seats (双随机);
/// otherwise every offered linked centre is used.
/// </summary>
public sealed record DrawRequest(
    string SessionId,
    string HostSiteId,
    DrawProject Project,
    IReadOnlyList<DrawSlot> Slots,
    DateTimeOffset SessionFrom,
    DateTimeOffset SessionTo,
    AvoidanceRules Avoidance,
    DrawSettings Settings,
    int TendererRepresentatives = 0,
    bool LargeProcurement = false,
    int? RandomRemoteSites = null)
{
    /// <summary>How many experts the request asks for in all.</summary>
    public int ExpertCount => Slots.Sum(s => s.Count);
}
