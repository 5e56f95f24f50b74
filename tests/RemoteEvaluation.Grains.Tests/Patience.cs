namespace RemoteEvaluation.Grains.Tests;

/// <summary>How long tests wait for what a background loop does: generous, because the machine is small and shared.</summary>
internal static class Patience
{
    public static readonly TimeSpan Long = TimeSpan.FromSeconds(30);

    /// <summary>Polls <paramref name="condition"/> until it holds; fails the test with <paramref name="what"/> after <see cref="Long"/>.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, string what)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Long);
        try
        {
            while (!await condition())
            {
                await Task.Delay(20, timeout.Token);
            }
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            Assert.Fail($"Waited {Long} in vain: {what}");
        }
    }

    public static Task UntilAsync(Func<bool> condition, string what) => UntilAsync(() => Task.FromResult(condition()), what);
}
