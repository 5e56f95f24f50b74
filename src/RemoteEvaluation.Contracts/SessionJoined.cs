namespace RemoteEvaluation.Contracts;

/// <summary>
/// The answer to <c>Join(sessionId)</c> (加入评标会): the session's stream (<c>session/{id}</c>), who the caller acts as
/// in it (role in snake case such as <c>expert</c> or <c>host_staff</c>, person, centre) and the stream's head version
/// when the caller joined. From then on the hub pushes every version after it; <c>Resync</c> fills in what came before.
/// </summary>
public sealed record SessionJoined(string SessionId, string Stream, string Role, string PersonId, string SiteId, long Version);
