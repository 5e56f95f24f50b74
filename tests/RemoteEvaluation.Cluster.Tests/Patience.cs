namespace RemoteEvaluation.Cluster.Tests;

/// <summary>How long the cluster tests wait for what should happen: generous, the machine is small and shared.</summary>
internal static class Patience
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(45);

    public static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static Task<T> Within<T>(this Task<T> task) => task.WaitAsync(Wait, Cancel);

    public static Task Within(this Task task) => task.WaitAsync(Wait, Cancel);

    /// <summary>Polls a condition until it holds (for pushes and recorded facts, which nothing else announces).</summary>
    public static async Task Until(Func<Task<bool>> condition, string what)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        timeout.CancelAfter(Wait);
        while (!await condition())
        {
            try
            {
                await Task.Delay(50, timeout.Token);
            }
            catch (OperationCanceledException) when (!Cancel.IsCancellationRequested)
            {
                Assert.Fail($"Waited {Wait.TotalSeconds} s for {what}.");
            }
        }
    }

    public static Task Until(Func<bool> condition, string what) => Until(() => Task.FromResult(condition()), what);
}
