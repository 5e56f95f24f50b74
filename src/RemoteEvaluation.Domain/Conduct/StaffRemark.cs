namespace RemoteEvaluation.Domain.Conduct;

/// <summary>A staff member's remark on an expert's conduct (工作人员评价), for the expert's record.</summary>
public sealed record StaffRemark(string PersonId, string Remark);
