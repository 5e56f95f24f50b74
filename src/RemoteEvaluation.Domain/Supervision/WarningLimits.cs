namespace RemoteEvaluation.Domain.Supervision;

/// <summary>The limits of one supervisor's warning (警示长度限制): a short admonition, like a chat message.</summary>
public static class WarningLimits
{
    /// <summary>Most characters (UTF-16 code units) of one warning after trimming; well inside the hubs' 32 KiB frame.</summary>
    public const int MaxLength = 1000;
}
