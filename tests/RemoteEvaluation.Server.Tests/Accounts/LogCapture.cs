using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace RemoteEvaluation.Server.Tests.Accounts;

/// <summary>Keeps every log line the server writes, to check what is printed and what never is.</summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<(EventId Id, string Message)> lines = new();

    public IReadOnlyList<(EventId Id, string Message)> Lines => [.. lines];

    public ILogger CreateLogger(string categoryName) => new Logger(lines);

    public void Dispose()
    {
    }

    private sealed class Logger(ConcurrentQueue<(EventId, string)> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue((eventId, formatter(state, exception)));
    }
}
