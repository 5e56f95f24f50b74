using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Storage.Feed;

namespace RemoteEvaluation.Storage.Tests.Vendors;

/// <summary>A real store of one vendor, with the back doors a test needs to play the attacker.</summary>
public interface IStoreUnderTest : IAsyncDisposable
{
    IEventStore Store { get; }

    /// <summary>The <c>Storage:Provider</c> value of this vendor, for processes started by a test.</summary>
    string Provider { get; }

    /// <summary>The connection string of this store's database, for processes started by a test.</summary>
    string ConnectionString { get; }

    ChangeFeed Feed { get; }

    /// <summary>The content-addressed blobs in the same database.</summary>
    IBlobStore Blobs { get; }

    /// <summary>Overwrites a blob's bytes by hand, as someone editing the database would.</summary>
    Task OverwriteBlobAsync(string sha256);

    /// <summary>Deletes a blob row by hand.</summary>
    Task DeleteBlobAsync(string sha256);

    /// <summary>Flips one byte of the stored data of an event, as someone editing the database by hand would.</summary>
    Task CorruptDataAsync(string streamId, long version);

    /// <summary>Deletes one stored event row.</summary>
    Task DeleteEventAsync(string streamId, long version);

    /// <summary>Counts the rows stored for a stream, bypassing the store.</summary>
    Task<long> CountRowsAsync(string streamId);
}
