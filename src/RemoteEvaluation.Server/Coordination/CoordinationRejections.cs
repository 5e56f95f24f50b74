namespace RemoteEvaluation.Server.Coordination;

/// <summary>
/// Stable codes of the coordinator API (协调接口) for input refused before it reaches a grain; the rules' own codes
/// (<c>expert.*</c>, <c>site.*</c>, <c>draw.*</c>) pass through unchanged. Never renamed.
/// </summary>
public static class CoordinationRejections
{
    /// <summary>A field is missing or cannot be read (an unknown status, level or kind, a malformed region or date).</summary>
    public const string InvalidField = "request.invalid_field";

    /// <summary>Paging outside page ≥ 1 and 1 ≤ pageSize ≤ 200.</summary>
    public const string InvalidPaging = "request.invalid_paging";

    /// <summary>An import body that is neither <c>text/csv</c> nor <c>application/json</c>.</summary>
    public const string UnsupportedMediaType = "request.unsupported_media_type";

    /// <summary>Staff acting for a centre that is not theirs (a booking or a draw for another host, a calendar of another centre).</summary>
    public const string OtherCentre = "auth.other_centre";

    /// <summary>Site staff of a remote centre asking about a draw: they must not learn the project (四不知).</summary>
    public const string DrawSealed = "draw.sealed";
}
