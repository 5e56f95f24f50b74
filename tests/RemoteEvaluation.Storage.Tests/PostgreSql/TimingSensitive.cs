namespace RemoteEvaluation.Storage.Tests.PostgreSql;

/// <summary>
/// Tests that assert a latency run on their own, after the parallel ones: the property tests block
/// thread-pool threads by design, and on a two-core machine that can stall every continuation for seconds.
/// </summary>
[CollectionDefinition(nameof(TimingSensitive), DisableParallelization = true)]
public sealed class TimingSensitive;
