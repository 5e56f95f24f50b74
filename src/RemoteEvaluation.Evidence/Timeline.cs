using System.Text.Json;
using RemoteEvaluation.Domain.Chain;
using RemoteEvaluation.Domain.Sessions;

namespace RemoteEvaluation.Evidence;

/// <summary>One step of a session's timeline (时间线): when, which version, who from which centre, what, and the phase it led to when it changed.</summary>
public sealed record TimelineEntry(DateTimeOffset At, long Version, string Who, string Site, string What, SessionPhase? PhaseChangedTo);

/// <summary>
/// Replays a session's events through the domain's own <see cref="SessionDecider.Evolve"/> (回放), so a phase change
/// is shown where the rules make it, not where a reader guesses it.
/// </summary>
public static class Timeline
{
    public static IEnumerable<TimelineEntry> Of(IEnumerable<EvidenceEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var state = SessionDecider.Initial;
        foreach (var e in events)
        {
            var (who, site) = Actor(e.Metadata.Span);
            var decoded = EventDecoder<SessionEvent>.Instance.TryDecode(e.Type, e.Data.Span);
            SessionPhase? changed = null;
            if (decoded is not null)
            {
                var before = state.Phase;
                state = SessionDecider.Evolve(state, decoded);
                changed = state.Phase != before ? state.Phase : null;
            }

            yield return new TimelineEntry(EventHash.FromMicros(e.RecordedAtMicros), e.Version, who, site, decoded is null ? e.Type : EventSummaries.Of(decoded), changed);
        }
    }

    private static (string Who, string Site) Actor(ReadOnlySpan<byte> metadata)
    {
        if (metadata.IsEmpty)
        {
            return ("-", "-");
        }

        var reader = new Utf8JsonReader(metadata);
        string? actor = null, role = null, site = null;
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
                {
                    var name = reader.GetString();
                    reader.Read();
                    var value = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                    switch (name)
                    {
                        case "actorId": actor = value; break;
                        case "role": role = value; break;
                        case "siteId": site = value; break;
                    }
                }
            }
        }
        catch (JsonException)
        {
            // Metadata that is not JSON names nobody; the chain still covers it.
        }

        return (role is null || role == actor ? actor ?? "-" : $"{actor ?? "-"} ({role})", site ?? "-");
    }
}
