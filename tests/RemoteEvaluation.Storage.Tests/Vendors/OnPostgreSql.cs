namespace RemoteEvaluation.Storage.Tests.Vendors;

/// <summary>The PostgreSQL vendor: skipped, with the reason, when no server is configured.</summary>
public sealed class OnPostgreSql : IVendor
{
    public static async Task<IStoreUnderTest> OpenAsync() => await PostgreSqlStore.OpenAsync();
}
