namespace RemoteEvaluation.Domain.Clarifications;

/// <summary>Stable rejection codes of clarifications (拒绝代码): shared by the API, the UI and the tests; never renamed.</summary>
public static class ClarificationRejections
{
    public const string DuplicateId = "clarification.duplicate_id";
    public const string UnknownBid = "clarification.unknown_bid";
    public const string Unknown = "clarification.unknown";
    public const string NotAddressedToYou = "clarification.not_addressed_to_you";
    public const string AlreadyAnswered = "clarification.already_answered";
    public const string InvalidAttachmentHash = "clarification.invalid_attachment_hash";
    public const string TextRequired = "clarification.text_required";
}
