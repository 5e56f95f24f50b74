using System.Text.Json.Serialization;

namespace RemoteEvaluation.Domain.Reports;

/// <summary>How a member signs the report (签署意见).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReportStance>))]
public enum ReportStance
{
    /// <summary>同意.</summary>
    Agree = 1,

    /// <summary>有保留意见: signs with a written dissent (required).</summary>
    Dissent = 2,

    /// <summary>拒签: with a written reason it is recorded as dissent; without one it counts as agreement.</summary>
    Refuse = 3,
}
