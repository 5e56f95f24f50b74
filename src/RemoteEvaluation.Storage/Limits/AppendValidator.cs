using System.Text.Json;
using System.Text.RegularExpressions;
using RemoteEvaluation.Grains.Persistence;

namespace RemoteEvaluation.Storage.Limits;

/// <summary>Checks an append against <see cref="EventStoreLimits"/>; the first problem found is returned.</summary>
public static partial class AppendValidator
{
    public static AppendResult.Invalid? Validate(
        EventStoreLimits limits, string streamId, long expectedVersion, IReadOnlyList<NewEvent> events, string? commandId)
    {
        if (!StreamIds.IsValid(streamId, limits.MaxStreamIdLength))
        {
            return new(StoreErrors.StreamIdInvalid, $"Stream id '{Shorten(streamId)}' must look like 'session/abc-123': a lower-case kind, a slash, then letters, digits or . _ : - (at most {limits.MaxStreamIdLength} characters).");
        }

        if (expectedVersion < 0)
        {
            return new(StoreErrors.ExpectedVersionInvalid, $"Expected version {expectedVersion} is negative; a new stream is at version 0.");
        }

        if (commandId is not null && (commandId.Length == 0 || commandId.Length > limits.MaxCommandIdLength || !CommandIdPattern().IsMatch(commandId)))
        {
            return new(StoreErrors.CommandIdInvalid, $"Command id '{Shorten(commandId)}' must be 1 to {limits.MaxCommandIdLength} letters, digits or . _ : -.");
        }

        if (events is null || events.Count == 0)
        {
            return new(StoreErrors.NoEvents, "An append must carry at least one event.");
        }

        if (events.Count > limits.MaxEventsPerAppend)
        {
            return new(StoreErrors.TooManyEvents, $"An append may carry at most {limits.MaxEventsPerAppend} events, not {events.Count}.");
        }

        for (var i = 0; i < events.Count; i++)
        {
            var problem = Validate(limits, events[i], i);
            if (problem is not null)
            {
                return problem;
            }
        }

        return null;
    }

    private static AppendResult.Invalid? Validate(EventStoreLimits limits, NewEvent e, int index)
    {
        if (e is null || string.IsNullOrEmpty(e.Type) || e.Type.Length > limits.MaxTypeLength || !TypePattern().IsMatch(e.Type))
        {
            return new(StoreErrors.EventTypeInvalid, $"Event {index}: type '{Shorten(e?.Type)}' must be a dotted lower-case name such as 'session.scheduled' (at most {limits.MaxTypeLength} characters).");
        }

        if (e.Data.Length > limits.MaxEventBytes)
        {
            return new(StoreErrors.EventTooLarge, $"Event {index} ({e.Type}) is {e.Data.Length} bytes; the limit is {limits.MaxEventBytes} bytes. Store large files outside the log and record their hash.");
        }

        if (e.Metadata.Length > limits.MaxMetadataBytes)
        {
            return new(StoreErrors.MetadataTooLarge, $"Event {index} ({e.Type}) has {e.Metadata.Length} bytes of metadata; the limit is {limits.MaxMetadataBytes} bytes.");
        }

        if (!IsJson(e.Data.Span))
        {
            return new(StoreErrors.DataNotJson, $"Event {index} ({e.Type}): the data is not one well-formed JSON value.");
        }

        return IsJson(e.Metadata.Span)
            ? null
            : new(StoreErrors.MetadataNotJson, $"Event {index} ({e.Type}): the metadata is not one well-formed JSON value.");
    }

    private static bool IsJson(ReadOnlySpan<byte> utf8)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8);
            if (!reader.Read())
            {
                return false;
            }

            reader.Skip();
            return !reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Shorten(string? value) => value is null ? "(none)" : value.Length <= 40 ? value : value[..40] + "…";

    [GeneratedRegex("^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex TypePattern();

    [GeneratedRegex("^[A-Za-z0-9._:-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex CommandIdPattern();
}
