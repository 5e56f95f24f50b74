namespace RemoteEvaluation.Client.Tests;

/// <summary>How long tests wait for something that should happen: generous, because the machine is small and shared.</summary>
internal static class Patience
{
    public static readonly TimeSpan Long = TimeSpan.FromSeconds(30);

    public static Task Within(this Task task) => task.WaitAsync(Long, TestContext.Current.CancellationToken);

    public static Task<T> Within<T>(this Task<T> task) => task.WaitAsync(Long, TestContext.Current.CancellationToken);

    /// <summary>Polls a condition that no event announces (the server's own bookkeeping) until it holds.</summary>
    public static async Task Until(Func<bool> condition)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Long);
        while (!condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }
}
