namespace RemoteEvaluation.Benchmarks;

/// <summary>The PostgreSQL rows of the storage benchmark.</summary>
internal static class PostgreSqlBench
{
    public static Task<IReadOnlyList<StorageBenchmark.Row>> RunAsync(StorageBenchmark benchmark, string connectionString) =>
        throw new NotSupportedException($"PostgreSQL benchmark pending the PostgreSQL store ({benchmark}, {connectionString.Length}).");
}
