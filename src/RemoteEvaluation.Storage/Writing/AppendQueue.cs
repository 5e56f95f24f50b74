using System.Threading.Channels;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Storage.Limits;

namespace RemoteEvaluation.Storage.Writing;

/// <summary>
/// The queue between callers and a store's writer loops (group commit), shared by every vendor: an append is
/// validated, queued, and answered when a writer has committed the batch it was taken in.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The semaphore never creates its wait handle, so it holds nothing to release.")]
internal sealed class AppendQueue(EventStoreLimits limits, int maxBatchAppends, long maxBatchBytes = long.MaxValue)
{
    private readonly Channel<PendingAppend> channel = Channel.CreateUnbounded<PendingAppend>(new() { SingleReader = false });
    private readonly SemaphoreSlim arrived = new(0);

    public async Task<AppendResult> AppendAsync(
        string streamId, long expectedVersion, IReadOnlyList<NewEvent> events, string? commandId, CancellationToken cancellationToken)
    {
        if (AppendValidator.Validate(limits, streamId, expectedVersion, events, commandId) is { } invalid)
        {
            return invalid;
        }

        var pending = new PendingAppend(streamId, expectedVersion, [.. events], commandId, cancellationToken);
        ObjectDisposedException.ThrowIf(!channel.Writer.TryWrite(pending), this);
        Wake();
        return await pending.Completion.Task.WaitAsync(cancellationToken);
    }

    /// <summary>
    /// Waits for work and fills <paramref name="batch"/> with what is queued, up to the batch limits; appends whose
    /// caller gave up before they were taken are answered as cancelled. False once the queue is completed and empty.
    /// </summary>
    public async Task<bool> NextBatchAsync(List<PendingAppend> batch)
    {
        while (await channel.Reader.WaitToReadAsync())
        {
            if (TryFill(batch))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <see cref="NextBatchAsync"/> for a writer on a thread of its own, which blocks while it waits. The caller that
    /// queues an append wakes it directly: the channel's own wake-up would first queue a work item on the thread pool.
    /// </summary>
    public bool NextBatch(List<PendingAppend> batch)
    {
        while (true)
        {
            if (TryFill(batch))
            {
                return true;
            }

            if (channel.Reader.Completion.IsCompleted)
            {
                return false;
            }

            arrived.Wait();
        }
    }

    private bool TryFill(List<PendingAppend> batch)
    {
        batch.Clear();
        long bytes = 0;
        while (batch.Count < maxBatchAppends && bytes < maxBatchBytes && channel.Reader.TryRead(out var pending))
        {
            if (pending.CancellationToken.IsCancellationRequested)
            {
                pending.Completion.TrySetCanceled(pending.CancellationToken);
                continue;
            }

            batch.Add(pending);
            bytes += pending.Bytes;
        }

        return batch.Count > 0;
    }

    /// <summary>No more appends: writers finish what is queued, then <see cref="NextBatchAsync"/> answers false.</summary>
    public void Complete()
    {
        channel.Writer.TryComplete();
        Wake();
    }

    /// <summary>At most one pending wake-up is enough: a woken writer takes everything queued.</summary>
    private void Wake()
    {
        if (arrived.CurrentCount == 0)
        {
            arrived.Release();
        }
    }
}

/// <summary>One queued append and the caller waiting for its result.</summary>
internal sealed record PendingAppend(string StreamId, long ExpectedVersion, NewEvent[] Events, string? CommandId, CancellationToken CancellationToken)
{
    public TaskCompletionSource<AppendResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public long Bytes => Events.Sum(e => (long)e.Data.Length + e.Metadata.Length);
}
