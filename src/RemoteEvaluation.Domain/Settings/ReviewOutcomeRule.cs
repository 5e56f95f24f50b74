using System.Text.Json.Serialization;

namespace RemoteEvaluation.Domain.Settings;

/// <summary>How the committee's qualification outcome follows from its members' verdicts (表决规则).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReviewOutcomeRule>))]
public enum ReviewOutcomeRule
{
    /// <summary>少数服从多数: an item fails when more than half of the members fail it.</summary>
    Majority = 1,

    /// <summary>一致通过: every member must give the same verdict on every item before the review can be concluded.</summary>
    Unanimous = 2,
}
