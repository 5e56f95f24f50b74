namespace RemoteEvaluation.Client.Streams;

/// <summary>What <see cref="EventStreamTracker.OfferAsync"/> did with a batch: applied, dropped as already applied, or held back behind a gap.</summary>
public readonly record struct OfferOutcome(int Applied, int Duplicates, int Held);
