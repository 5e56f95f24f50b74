using System.Text.Json.Serialization;

namespace RemoteEvaluation.Domain.Scoring;

/// <summary>A part of the criteria (评分部分).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PartKind>))]
public enum PartKind
{
    /// <summary>技术部分 (the part that is blind in 暗标 evaluation).</summary>
    Technical = 1,

    /// <summary>商务部分; in the evaluated lowest price method, the price adjustments (价格调整).</summary>
    Commercial = 2,

    /// <summary>价格部分: computed by the price formula.</summary>
    Price = 3,
}
