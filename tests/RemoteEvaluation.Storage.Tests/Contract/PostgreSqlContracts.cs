using RemoteEvaluation.Storage.Tests.Vendors;

namespace RemoteEvaluation.Storage.Tests.Contract;

// Every store contract, run on PostgreSQL; skipped with the reason when no server is configured.
public sealed class Appending_on_PostgreSQL : AppendingContract<OnPostgreSql>;

public sealed class Idempotency_on_PostgreSQL : IdempotencyContract<OnPostgreSql>;

public sealed class Chain_on_PostgreSQL : ChainContract<OnPostgreSql>;

public sealed class Limits_on_PostgreSQL : LimitsContract<OnPostgreSql>;

public sealed class Concurrency_on_PostgreSQL : ConcurrencyContract<OnPostgreSql>;

public sealed class ChangeFeed_on_PostgreSQL : ChangeFeedContract<OnPostgreSql>;

public sealed class Crash_on_PostgreSQL : CrashContract<OnPostgreSql>;
public sealed class Blobs_on_PostgreSQL : BlobContract<OnPostgreSql>;
