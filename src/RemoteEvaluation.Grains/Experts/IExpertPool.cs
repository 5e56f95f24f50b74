using RemoteEvaluation.Domain.Draw;

namespace RemoteEvaluation.Grains.Experts;

/// <summary>
/// The expert pool as a read model (专家库查询): what a draw needs without visiting 100,000 grains.
/// Snapshots are sorted by expert id (ordinal) and caught up with the log when taken.
/// </summary>
public interface IExpertPool
{
    /// <summary>
    /// The registered experts whose home region lies in <paramref name="provinceCode"/> (the home pool) and who hold a
    /// specialty in the class of one of <paramref name="specialtyCodes"/>.
    /// </summary>
    Task<IReadOnlyList<PoolExpert>> HomePoolAsync(string provinceCode, IReadOnlyList<string> specialtyCodes, CancellationToken cancellationToken = default);

    /// <summary>The same outside <paramref name="provinceCode"/>: the linked pool a short draw falls back to.</summary>
    Task<IReadOnlyList<PoolExpert>> LinkedPoolAsync(string provinceCode, IReadOnlyList<string> specialtyCodes, CancellationToken cancellationToken = default);

    /// <summary>How many experts are in the pool, after catching up with the log.</summary>
    Task<int> CountAsync(CancellationToken cancellationToken = default);
}
