namespace RemoteEvaluation.Server.Tests.Hubs;

/// <summary>How long hub tests wait for something that should happen: generous, because the machine is small and shared.</summary>
internal static class Wire
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static Task<T> Within<T>(this Task<T> task) => task.WaitAsync(Patience, Cancel);

    public static Task Within(this Task task) => task.WaitAsync(Patience, Cancel);

    /// <summary>Polls a condition until it holds (for pushes, which nothing else announces).</summary>
    public static async Task Until(Func<bool> condition, string what)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        timeout.CancelAfter(Patience);
        while (!condition())
        {
            try
            {
                await Task.Delay(20, timeout.Token);
            }
            catch (OperationCanceledException) when (!Cancel.IsCancellationRequested)
            {
                Assert.Fail($"Waited {Patience.TotalSeconds} s for {what}.");
            }
        }
    }
}
