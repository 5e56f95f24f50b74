using RemoteEvaluation.Domain.Committee;

namespace RemoteEvaluation.Domain.Reports;

/// <summary>A line of the committee list in the report (评标委员会名单), including members who were replaced.</summary>
public sealed record ReportMember(string PersonId, MemberKind Kind, string SiteId, bool IsChair, MemberStatus Status, bool Late, string? ReplacedBy);
