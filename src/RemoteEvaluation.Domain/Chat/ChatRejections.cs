namespace RemoteEvaluation.Domain.Chat;

/// <summary>Stable rejection codes of chat (拒绝代码): shared by the API, the UI and the tests; never renamed.</summary>
public static class ChatRejections
{
    public const string EmptyMessage = "chat.empty_message";
    public const string MessageTooLong = "chat.message_too_long";
    public const string WrongChannel = "chat.wrong_channel";
    public const string UnknownSite = "chat.unknown_site";
}
