using System.Globalization;
using RemoteEvaluation.Client.Protocol;

namespace RemoteEvaluation.Client.Transport;

/// <summary>
/// Invocations of one connection waiting for their completion, by invocation id. When the
/// connection ends every pending invocation fails with the same <see cref="HubDisconnectedException"/>,
/// and later registrations fail at once.
/// </summary>
internal sealed class PendingInvocations
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, TaskCompletionSource<HubMessage>> _pending = new(StringComparer.Ordinal);
    private long _lastId;
    private Exception? _failure;

    public string NextId() => Interlocked.Increment(ref _lastId).ToString(CultureInfo.InvariantCulture);

    /// <exception cref="HubDisconnectedException">The connection has already ended.</exception>
    public Task<HubMessage> Register(string invocationId)
    {
        var completion = new TaskCompletionSource<HubMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_failure is not null)
            {
                throw new HubDisconnectedException("The connection ended before the invocation was sent.", false, _failure);
            }

            _pending.Add(invocationId, completion);
        }

        return completion.Task;
    }

    /// <summary>Completes the invocation a completion message answers; false for an unknown id.</summary>
    public bool Complete(HubMessage completion)
    {
        var waiting = Take(completion.InvocationId!);
        return waiting?.TrySetResult(completion) ?? false;
    }

    public void Cancel(string invocationId, CancellationToken cancellationToken) => Take(invocationId)?.TrySetCanceled(cancellationToken);

    public void Forget(string invocationId) => Take(invocationId);

    public void FailAll(Exception reason)
    {
        List<TaskCompletionSource<HubMessage>> failed;
        lock (_gate)
        {
            _failure ??= reason;
            failed = [.. _pending.Values];
            _pending.Clear();
        }

        foreach (var waiting in failed)
        {
            waiting.TrySetException(new HubDisconnectedException("The connection was lost before the invocation completed; it may have run on the server.", true, reason));
        }
    }

    private TaskCompletionSource<HubMessage>? Take(string invocationId)
    {
        lock (_gate)
        {
            return _pending.Remove(invocationId, out var waiting) ? waiting : null;
        }
    }
}
