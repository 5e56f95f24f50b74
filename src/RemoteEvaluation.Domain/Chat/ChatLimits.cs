namespace RemoteEvaluation.Domain.Chat;

/// <summary>The limits of one chat message (消息长度限制): a short note between centres, not a document.</summary>
public static class ChatLimits
{
    /// <summary>Most characters (UTF-16 code units) of one message after trimming; well inside the hubs' 32 KiB frame.</summary>
    public const int MaxLength = 2000;
}
