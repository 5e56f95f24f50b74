namespace RemoteEvaluation.Storage.Tests.Vendors;

/// <summary>Opens a fresh store of one vendor; a vendor that is not available skips the test with the reason.</summary>
public interface IVendor
{
    static abstract Task<IStoreUnderTest> OpenAsync();
}

public sealed class OnSqlite : IVendor
{
    public static async Task<IStoreUnderTest> OpenAsync() => await SqliteStore.OpenAsync();
}
