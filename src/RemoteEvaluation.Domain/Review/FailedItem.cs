using System.Collections.Immutable;

namespace RemoteEvaluation.Domain.Review;

/// <summary>A review item a bid failed (不合格条款), with every failing member's written reason.</summary>
public sealed record FailedItem(string ItemId, ImmutableList<string> Reasons);
