using RemoteEvaluation.Contracts;

namespace RemoteEvaluation.Client;

/// <summary>
/// The server answered an invocation with an error. <see cref="Error"/> carries the
/// <see cref="HubError"/> the hub threw (its code, message and whether to retry); an error text
/// without the <see cref="HubError"/> format arrives with code <see cref="HubError.UnstructuredCode"/>.
/// </summary>
public sealed class HubInvocationException : Exception
{
    public HubInvocationException(string method, HubError error)
        : base($"Hub method '{method}' failed: {error.Code}: {error.Message}")
    {
        ArgumentNullException.ThrowIfNull(error);
        Method = method;
        Error = error;
    }

    public HubInvocationException()
        : this("(unknown)", new HubError(HubError.UnstructuredCode, "unknown error", false))
    {
    }

    public HubInvocationException(string message)
        : this("(unknown)", new HubError(HubError.UnstructuredCode, message, false))
    {
    }

    public HubInvocationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Method = "(unknown)";
        Error = new HubError(HubError.UnstructuredCode, message, false);
    }

    /// <summary>The hub method that was invoked.</summary>
    public string Method { get; }

    /// <summary>The error the server returned.</summary>
    public HubError Error { get; }

    /// <summary>The stable code of <see cref="Error"/>, for example <c>session.wrong_phase</c>.</summary>
    public string Code => Error.Code;
}
