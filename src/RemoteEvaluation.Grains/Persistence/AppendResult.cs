namespace RemoteEvaluation.Grains.Persistence;

/// <summary>
/// What an append did. The same three outcomes for every store: appended (possibly a repeat of an
/// earlier append with the same command id), a version conflict, or an append refused as malformed.
/// </summary>
public abstract record AppendResult
{
    private AppendResult()
    {
    }

    /// <summary>
    /// The events occupy versions <see cref="FirstVersion"/> to <see cref="LastVersion"/>.
    /// <see cref="Duplicate"/> is true when the command id had already been appended and nothing was written.
    /// </summary>
    public sealed record Appended(long FirstVersion, long LastVersion, bool Duplicate) : AppendResult;

    /// <summary>The stream was not at the expected version; nothing was written.</summary>
    public sealed record VersionConflict(string StreamId, long ExpectedVersion, long ActualVersion) : AppendResult
    {
        public string Message => $"Stream '{StreamId}' is at version {ActualVersion}, not the expected {ExpectedVersion}.";
    }

    /// <summary>The append broke a limit or was malformed; nothing was written.</summary>
    public sealed record Invalid(string Code, string Message) : AppendResult;
}
