namespace RemoteEvaluation.Storage.Limits;

/// <summary>The stable codes of appends refused as malformed or over a limit.</summary>
public static class StoreErrors
{
    public const string StreamIdInvalid = "store.stream_id_invalid";
    public const string ExpectedVersionInvalid = "store.expected_version_invalid";
    public const string NoEvents = "store.no_events";
    public const string TooManyEvents = "store.too_many_events";
    public const string EventTypeInvalid = "store.event_type_invalid";
    public const string EventTooLarge = "store.event_too_large";
    public const string MetadataTooLarge = "store.metadata_too_large";
    public const string DataNotJson = "store.data_not_json";
    public const string MetadataNotJson = "store.metadata_not_json";
    public const string CommandIdInvalid = "store.command_id_invalid";
}
