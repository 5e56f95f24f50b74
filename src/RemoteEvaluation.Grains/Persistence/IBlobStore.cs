namespace RemoteEvaluation.Grains.Persistence;

/// <summary>
/// Content-addressed bytes (文件存储), such as the session's PDFs: each blob is named by the SHA-256 of its bytes,
/// written once and never updated or deleted, in the same database as the events so that every node sees it.
/// One implementation per database vendor; both pass the same contract tests.
/// </summary>
public interface IBlobStore
{
    /// <summary>
    /// Stores <paramref name="content"/> under its SHA-256 and returns that hash (lower-case hex). Storing bytes that
    /// are already there writes nothing and returns the same hash.
    /// </summary>
    Task<string> PutAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default);

    /// <summary>The bytes stored under <paramref name="sha256"/>, or null when there are none.</summary>
    Task<byte[]?> GetAsync(string sha256, CancellationToken cancellationToken = default);
}
