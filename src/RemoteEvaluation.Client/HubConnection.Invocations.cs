using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using RemoteEvaluation.Client.Protocol;
using RemoteEvaluation.Contracts;

namespace RemoteEvaluation.Client;

public sealed partial class HubConnection
{
    /// <summary>Invokes a hub method and returns its result.</summary>
    /// <exception cref="HubInvocationException">The hub method failed; <see cref="HubInvocationException.Error"/> says how.</exception>
    /// <exception cref="HubDisconnectedException">Not connected, or the connection was lost before the result arrived.</exception>
    public async Task<TResult> InvokeAsync<TResult>(string method, object?[] arguments, CancellationToken cancellationToken = default)
    {
        var completion = await InvokeCoreAsync(method, arguments, cancellationToken);
        var typeInfo = (JsonTypeInfo<TResult>)_options.SerializerOptions.GetTypeInfo(typeof(TResult));
        return completion.Result is { } result ? result.Deserialize(typeInfo)! : default!;
    }

    /// <summary>Invokes a hub method and waits until it has run; any result is ignored.</summary>
    /// <exception cref="HubInvocationException">The hub method failed; <see cref="HubInvocationException.Error"/> says how.</exception>
    /// <exception cref="HubDisconnectedException">Not connected, or the connection was lost before the completion arrived.</exception>
    public Task InvokeAsync(string method, object?[] arguments, CancellationToken cancellationToken = default) =>
        InvokeCoreAsync(method, arguments, cancellationToken);

    /// <summary>Sends a hub method invocation without waiting for it to run (no completion comes back, errors included).</summary>
    /// <exception cref="HubDisconnectedException">Not connected, or the connection was lost while sending.</exception>
    public async Task SendAsync(string method, object?[] arguments, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentNullException.ThrowIfNull(arguments);
        var session = CurrentSession() ?? throw NotConnected(method);
        var message = HubMessageWriter.Invocation(null, method, arguments, _options.SerializerOptions);
        try
        {
            await session.SendAsync(message, cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && exception is not HubDisconnectedException)
        {
            throw new HubDisconnectedException($"The connection was lost while sending '{method}'.", true, exception);
        }
    }

    /// <summary>Handles pushes to <paramref name="target"/> that carry no arguments.</summary>
    /// <returns>Dispose it to remove the handler.</returns>
    public IDisposable On(string target, Func<Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return _handlers.Add(target, new PushHandler([], _ => handler()));
    }

    /// <summary>Handles pushes to <paramref name="target"/> with one argument, deserialized as <typeparamref name="T"/>.</summary>
    /// <returns>Dispose it to remove the handler.</returns>
    public IDisposable On<T>(string target, Func<T, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return _handlers.Add(target, new PushHandler([typeof(T)], arguments => handler((T)arguments[0]!)));
    }

    /// <summary>Handles pushes to <paramref name="target"/> with one argument, synchronously.</summary>
    /// <returns>Dispose it to remove the handler.</returns>
    public IDisposable On<T>(string target, Action<T> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return On<T>(target, argument =>
        {
            handler(argument);
            return Task.CompletedTask;
        });
    }

    /// <summary>Handles pushes to <paramref name="target"/> with two arguments.</summary>
    /// <returns>Dispose it to remove the handler.</returns>
    public IDisposable On<T1, T2>(string target, Func<T1, T2, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return _handlers.Add(target, new PushHandler([typeof(T1), typeof(T2)], arguments => handler((T1)arguments[0]!, (T2)arguments[1]!)));
    }

    private async Task<HubMessage> InvokeCoreAsync(string method, object?[] arguments, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentNullException.ThrowIfNull(arguments);
        var session = CurrentSession() ?? throw NotConnected(method);
        var invocationId = session.Pending.NextId();
        var message = HubMessageWriter.Invocation(invocationId, method, arguments, _options.SerializerOptions);
        var completion = session.Pending.Register(invocationId);
        try
        {
            await session.SendAsync(message, cancellationToken);
        }
        catch (Exception exception) when (exception is not HubDisconnectedException)
        {
            session.Pending.Forget(invocationId);
            if (cancellationToken.IsCancellationRequested)
            {
                throw;
            }

            throw new HubDisconnectedException($"The connection was lost while sending '{method}'.", true, exception);
        }

        HubMessage answer;
        using (cancellationToken.Register(() => session.Pending.Cancel(invocationId, cancellationToken)))
        {
            answer = await completion;
        }

        return answer.Error is null ? answer : throw new HubInvocationException(method, HubError.Parse(answer.Error));
    }

    private HubDisconnectedException NotConnected(string method) =>
        new($"Cannot invoke '{method}': the connection is {State}.", false);

    /// <summary>Runs push handlers one message at a time, in arrival order, away from the receive loop so handlers may invoke hub methods.</summary>
    private async Task DispatchPushesAsync()
    {
        await foreach (var push in _pushes.Reader.ReadAllAsync())
        {
            var handlers = _handlers.For(push.Target!);
            if (handlers.IsEmpty)
            {
                ClientLog.NoHandler(_logger, push.Target!);
                continue;
            }

            foreach (var handler in handlers)
            {
                try
                {
                    await handler.InvokeAsync(push.Arguments, _options.SerializerOptions);
                }
                catch (Exception exception) when (exception is not OutOfMemoryException)
                {
                    ClientLog.HandlerFailed(_logger, push.Target!, exception);
                }
            }
        }
    }
}
