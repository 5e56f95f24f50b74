using System.Reflection;
using RemoteEvaluation.Contracts;
using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Domain.Supervision;
using RemoteEvaluation.Domain.Tests.Infrastructure;
using RemoteEvaluation.Server.Authorization;
using RemoteEvaluation.Server.Hubs;

namespace RemoteEvaluation.Server.Tests.Hubs;

/// <summary>
/// Every hub method × every kind of principal, over the wire, against a session in scoring: a command reaches the rules
/// exactly when <see cref="SessionCommandRoles"/> lets the principal's role send it; otherwise the hub refuses it with the
/// access code and the session does not move. Supervisors and auditors are refused every command as read-only
/// (<c>auth.read_only</c>), except the supervisor's warning (监督警示). Seating commands have no hub method at all: only the
/// draw seats.
/// </summary>
public sealed class AuthorizationMatrixTests(LiveServerFixture fixture) : IClassFixture<LiveServerFixture>
{
    private const string ReachedTheRules = "reached the rules";

    public static TheoryData<string> Principals => new()
    {
        "host.hz", "staff.nb", "staff.wz", "coordinator", "supervisor", "auditor", "admin", "e2", "r1", "e2 of another session",
    };

    [Theory]
    [MemberData(nameof(Principals))]
    public async Task each_principal_may_send_exactly_the_commands_its_role_may(string principal)
    {
        var server = fixture.Server;
        var sessionId = $"matrix-{principal.Replace(' ', '-').Replace('.', '-')}";
        await LiveSession.ScoringAsync(server.Grains, sessionId);
        await using var client = await ConnectAsync(server, principal, sessionId);

        foreach (var command in SampleCommands.Typical().Where(c => HasHubMethod(c.GetType())))
        {
            var type = command.GetType();
            var outcome = await OutcomeAsync(client, type.Name, [sessionId, $"{principal}-{type.Name}", .. ArgumentsOf(command)]);

            Assert.True(Expected(principal, type) == outcome || (Expected(principal, type) == ReachedTheRules && !outcome.StartsWith("auth.", StringComparison.Ordinal)),
                $"{principal} → {type.Name}: expected {Expected(principal, type)}, got {outcome}");
        }
    }

    [Theory]
    [MemberData(nameof(Principals))]
    public async Task each_principal_may_join_and_resync_exactly_when_it_may_read_the_session(string principal)
    {
        var server = fixture.Server;
        var sessionId = $"matrix-read-{principal.Replace(' ', '-').Replace('.', '-')}";
        await LiveSession.ScheduledAsync(server.Grains, sessionId);
        await using var client = await ConnectAsync(server, principal, sessionId);
        var expected = principal switch
        {
            "admin" => AccessRejections.WrongRole,
            "e2 of another session" => AccessRejections.WrongSession,
            _ => ReachedTheRules,
        };

        Assert.Equal(expected, await OutcomeAsync(client, "Join", [sessionId]));
        Assert.Equal(expected, await OutcomeAsync(client, "Resync", [sessionId, 0L]));
    }

    [Theory]
    [MemberData(nameof(Principals))]
    public async Task nobody_can_seat_a_committee_or_a_replacement_through_the_hub_the_method_does_not_exist(string principal)
    {
        var server = fixture.Server;
        var sessionId = $"matrix-seat-{principal.Replace(' ', '-').Replace('.', '-')}";
        await LiveSession.ScheduledAsync(server.Grains, sessionId);
        await using var client = await ConnectAsync(server, principal, sessionId);
        var before = (await server.Store.GetHeadAsync("session/" + sessionId, Wire.Cancel))!.Version;

        foreach (var command in SampleCommands.Typical().Where(c => SessionCommandRoles.SentByTheDraw.Contains(c.GetType())))
        {
            var name = command.GetType().Name;
            var refused = await Assert.ThrowsAsync<Client.HubInvocationException>(() =>
                client.Connection.InvokeAsync<System.Text.Json.JsonElement>(name, [sessionId, $"{principal}-{name}", .. ArgumentsOf(command)], Wire.Cancel).Within());

            Assert.Equal(HubError.UnstructuredCode, refused.Code);
            Assert.Contains("Method does not exist", refused.Error.Message, StringComparison.Ordinal);
        }

        Assert.Equal(before, (await server.Store.GetHeadAsync("session/" + sessionId, Wire.Cancel))!.Version);
    }

    [Fact]
    public void the_hub_has_one_command_method_for_every_session_command()
    {
        var methods = typeof(EvaluationHub).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.ReturnType == typeof(Task<CommandAck>) || m.ReturnType == typeof(Task<DocumentViewAck>))
            .Select(m => m.Name);

        Assert.Equal(SessionCommandRoles.Commands.Where(HasHubMethod).Select(t => t.Name).Order(), methods.Order());
    }

    /// <summary>Whether clients send <paramref name="command"/> through a hub method of its name.</summary>
    private static bool HasHubMethod(Type command) =>
        !SessionCommandRoles.RecordedByServer.Contains(command) && !SessionCommandRoles.SentOverHttp.Contains(command) && !SessionCommandRoles.SentByTheDraw.Contains(command);

    private static string Expected(string principal, Type command) => principal switch
    {
        "supervisor" => command == typeof(IssueWarning) ? ReachedTheRules : AccessRejections.ReadOnly, // a warning is the supervisor's only command
        "auditor" => AccessRejections.ReadOnly,
        "admin" => AccessRejections.WrongRole,
        "e2 of another session" => AccessRejections.WrongSession,
        _ => SessionCommandRoles.For(command).Contains(RoleOf(principal)) ? ReachedTheRules : AccessRejections.WrongRole,
    };

    private static ActorRole RoleOf(string principal) => principal switch
    {
        "host.hz" => ActorRole.HostStaff,
        "staff.nb" or "staff.wz" => ActorRole.SiteStaff,
        "coordinator" => ActorRole.Coordinator,
        "e2" => ActorRole.Expert,
        "r1" => ActorRole.TendererRepresentative,
        _ => throw new ArgumentOutOfRangeException(nameof(principal), principal, null),
    };

    private static Task<HubClient> ConnectAsync(LiveServer server, string principal, string sessionId) => principal == "e2 of another session"
        ? server.ConnectWithTokenAsync(server.MemberToken("another-session", "e2", LiveSession.NingboSite))
        : server.ConnectAsync(principal, sessionId);

    /// <summary><see cref="ReachedTheRules"/> when the invocation got past the access rules (accepted, or refused by a rule), else the access code.</summary>
    private static async Task<string> OutcomeAsync(HubClient client, string method, object?[] arguments)
    {
        try
        {
            await client.Connection.InvokeAsync<System.Text.Json.JsonElement>(method, arguments, Wire.Cancel).Within();
            return ReachedTheRules;
        }
        catch (Client.HubInvocationException refused)
        {
            return refused.Code.StartsWith("auth.", StringComparison.Ordinal) ? refused.Code : ReachedTheRules;
        }
    }

    /// <summary>The command's fields after its actor, in constructor order: the hub method's arguments after the ids.</summary>
    private static IEnumerable<object?> ArgumentsOf(SessionCommand command)
    {
        var type = command.GetType();
        var parameters = type.GetConstructors().MaxBy(c => c.GetParameters().Length)!.GetParameters();
        return parameters
            .Where(p => p.Name != nameof(SessionCommand.By) && !(command is ArchiveSession && p.Name == nameof(ArchiveSession.FinalChainHash)))
            .Select(p => type.GetProperty(p.Name!)!.GetValue(command));
    }
}

/// <summary>One real server shared by the rows of a matrix; each row uses a session of its own.</summary>
public sealed class LiveServerFixture : IAsyncLifetime
{
    internal LiveServer Server { get; private set; } = null!;

    public ValueTask InitializeAsync()
    {
        Server = LiveServer.Start();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await Server.DisposeAsync();
}
