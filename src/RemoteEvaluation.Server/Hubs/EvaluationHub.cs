using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using RemoteEvaluation.Contracts;
using RemoteEvaluation.Domain;
using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Grains.Sessions;
using RemoteEvaluation.Server.Authorization;
using RemoteEvaluation.Storage.Limits;

namespace RemoteEvaluation.Server.Hubs;

/// <summary>
/// The evaluation hub (评标会实时通道) of one session at a time: join, resync by version, and one method per session
/// command (EvaluationHub.Commands.cs). Thin and stateless: it asks <see cref="IAccessRules"/>, calls the session grain and
/// answers; events reach clients through <see cref="SessionBroadcaster"/>, never from here or from a grain. Other parts
/// (chat, presence) live in their own files of this partial class.
/// </summary>
[Authorize]
public sealed partial class EvaluationHub(
    IGrainFactory grains,
    IAccessRules access,
    IAuthorizationService authorization,
    IEventStore store,
    EventStoreLimits limits,
    SessionBroadcaster broadcaster) : Hub<IEvaluationClient>
{
    /// <summary>Resync answers in pushes of at most this many envelopes.</summary>
    private const int ResyncChunk = 256;

    /// <summary>
    /// Joins a session (加入): checks the caller may read it, adds the connection to its audience's groups and starts
    /// pushing its events; answers who the caller acts as and the head version. Call <see cref="Resync"/> for earlier events.
    /// </summary>
    public async Task<SessionJoined> Join(string sessionId)
    {
        var (snapshot, actor) = await EnterAsync(sessionId);
        return new SessionJoined(sessionId, HubGroups.Stream(sessionId), RoleNames.Of(actor.Role), actor.PersonId, actor.SiteId, snapshot.Version);
    }

    /// <summary>
    /// Joins the session again (group membership does not survive a reconnect) and pushes, on <c>ReceiveEvents</c>, every
    /// version after <paramref name="afterVersion"/> as this audience may see it, hidden ones as placeholders; answers how
    /// many envelopes it pushed.
    /// </summary>
    public async Task<int> Resync(string sessionId, long afterVersion)
    {
        if (afterVersion < 0)
        {
            throw Refused(new Rejection(HubRejections.InvalidVersion, "Resync from version 0 (nothing applied yet) or from the last version applied."));
        }

        var (snapshot, actor) = await EnterAsync(sessionId);
        var audience = Audience.Of(actor);
        var missing = new List<EventEnvelope>();
        var state = SessionDecider.Initial;

        // Visibility depends on the state before each event, so the stream is folded from the start.
        await foreach (var stored in store.ReadStreamAsync(HubGroups.Stream(sessionId), 0, Context.ConnectionAborted))
        {
            var e = SessionEventView.Decode(stored);
            if (stored.Version > afterVersion)
            {
                missing.Add(SessionEventView.For(state, stored, e, audience, snapshot.State));
            }

            state = SessionDecider.Evolve(state, e);
        }

        foreach (var chunk in missing.Chunk(ResyncChunk))
        {
            await Clients.Caller.ReceiveEvents(chunk);
        }

        return missing.Count;
    }

    /// <summary>Authorizes, joins the groups and starts the pushes; groups are joined before anything is read so no event falls between.</summary>
    private async Task<(SessionSnapshot Snapshot, Actor Actor)> EnterAsync(string sessionId)
    {
        var snapshot = await SnapshotAsync(sessionId);
        if (access.MayRead(Context.User!, sessionId, snapshot.State) is { } cannotRead)
        {
            throw Refused(cannotRead);
        }

        var actor = access.ActorOf(Context.User!, snapshot.State)!;
        if (actor.IsStaff && snapshot.State.Phase == SessionPhase.None)
        {
            throw Refused(new Rejection(HubRejections.UnknownSession, $"Session {sessionId} has not been scheduled; schedule it first, then join."));
        }

        var audience = Audience.Of(actor);
        var connectionId = Context.ConnectionId;
        await Groups.AddToGroupAsync(connectionId, HubGroups.Audience(sessionId, audience));
        await Groups.AddToGroupAsync(connectionId, HubGroups.Everyone(sessionId));
        if (actor.SiteId.Length > 0)
        {
            await Groups.AddToGroupAsync(connectionId, HubGroups.Site(sessionId, actor.SiteId));
        }

        var earlier = broadcaster.Watch(sessionId, snapshot, connectionId, audience);
        if (earlier is null)
        {
            Context.ConnectionAborted.Register(() => broadcaster.Unwatch(sessionId, connectionId));
        }
        else if (earlier.Key != audience.Key)
        {
            // The caller's place in the session changed (a centre was linked since): stop the old audience's pushes.
            await Groups.RemoveFromGroupAsync(connectionId, HubGroups.Audience(sessionId, earlier));
        }

        await OnEnteredAsync(sessionId, snapshot, actor, first: earlier is null); // presence and heartbeats: EvaluationHub.Presence.cs
        return (snapshot, actor);
    }

    /// <summary>Authorizes a command, runs it on the session grain with who/where/which connection, and answers its ack.</summary>
    private async Task<CommandAck> ExecuteAsync<TCommand>(string sessionId, string commandId, Func<Actor, TCommand> build)
        where TCommand : SessionCommand
    {
        // The snapshot as this node last heard of it saves a read per command; a refusal is only given on a fresh one.
        var snapshot = await SnapshotAsync(sessionId, peek: true);
        if (access.MayCommand(Context.User!, sessionId, snapshot.State, typeof(TCommand)) is not null)
        {
            snapshot = await grains.GetGrain<ISessionGrain>(sessionId).GetSnapshotAsync();
            if (access.MayCommand(Context.User!, sessionId, snapshot.State, typeof(TCommand)) is { } refused)
            {
                throw Refused(refused);
            }
        }

        // The actor always comes from the principal, never from the client.
        var actor = access.ActorOf(Context.User!, snapshot.State)!;
        var context = new CommandContext(commandId, actor.PersonId, RoleNames.Of(actor.Role), actor.SiteId, Context.ConnectionId);
        var result = await grains.GetGrain<ISessionGrain>(sessionId).ExecuteAsync(build(actor), context);
        return result.Rejection is { } rejection ? throw Refused(rejection) : new CommandAck(result.Version, result.Duplicate);
    }

    /// <summary>
    /// The session as it stands, after checking its id and that a staff account is still active: the handshake checked
    /// the account once, but a connection lives for hours, and disabling an account must stop it at its next call.
    /// </summary>
    private async Task<SessionSnapshot> SnapshotAsync(string sessionId, bool peek = false)
    {
        if (!StreamIds.IsValid(HubGroups.Stream(sessionId ?? string.Empty), limits.MaxStreamIdLength))
        {
            throw Refused(new Rejection(HubRejections.InvalidSession, "A session id is letters, digits and . _ : -, starting with a letter or digit."));
        }

        if (!(await authorization.AuthorizeAsync(Context.User!, null, [new ActiveAccountRequirement()])).Succeeded)
        {
            throw Refused(new Rejection(AccessRejections.AccountInactive, "This account was disabled or changed since you signed in; sign in again."));
        }

        var session = grains.GetGrain<ISessionGrain>(sessionId!);
        return peek ? await session.PeekSnapshotAsync() : await session.GetSnapshotAsync();
    }

    /// <summary>A refusal in the <see cref="HubError"/> format; only contention is worth sending again unchanged.</summary>
    private static HubException Refused(Rejection rejection) =>
        new(new HubError(rejection.Code, rejection.Message, rejection.Code == GrainRejections.Contended).ToExceptionMessage());
}
