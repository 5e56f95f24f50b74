using Microsoft.Data.Sqlite;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Storage.Tests.Vendors;

namespace RemoteEvaluation.Storage.Tests.Sqlite;

/// <summary>The write-ahead log is copied into the database file beside the writer, not inside a commit.</summary>
public sealed class Checkpoints
{
    [Fact]
    public async Task what_was_committed_reaches_the_database_file_within_seconds_though_commits_never_checkpoint()
    {
        await using var vendor = await SqliteStore.OpenAsync();
        var file = new FileInfo(new SqliteConnectionStringBuilder(vendor.ConnectionString).DataSource);
        var before = Length(file);
        var body = new string('x', 4000);
        for (var i = 0; i < 100; i++)
        {
            var events = new[] { new NewEvent("test.happened", System.Text.Encoding.UTF8.GetBytes($$"""{"value":"{{body}}"}"""), NewEvent.EmptyMetadata) };
            Assert.IsType<AppendResult.Appended>(
                await vendor.Store.AppendAsync($"session/s{i}", 0, events, cancellationToken: TestContext.Current.CancellationToken));
        }

        // 100 events of 4 KB fill about 100 pages: below SQLite's automatic threshold of 1,000 pages, and the writer
        // turns that off anyway, so only the store's own checkpoint can move them into the file.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (Length(file) < before + (100 * 4000))
        {
            Assert.True(DateTime.UtcNow < deadline, $"The database file stayed at {Length(file)} bytes (from {before}).");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    private static long Length(FileInfo file)
    {
        file.Refresh();
        return file.Length;
    }
}
