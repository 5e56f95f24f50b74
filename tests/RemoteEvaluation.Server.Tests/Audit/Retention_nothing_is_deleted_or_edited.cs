using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Domain.Tests.Infrastructure;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Server.Tests.Accounts;
using RemoteEvaluation.Testing.Stores;

namespace RemoteEvaluation.Server.Tests.Audit;

/// <summary>
/// Retention (留存): records are kept and never edited in place. No route of the API deletes, replaces or patches
/// anything, and an archived session refuses every command with a typed code and records nothing.
/// </summary>
public abstract class Retention_nothing_is_deleted_or_edited
{
    protected abstract Task<string?> DatabaseAsync();

    [Fact]
    public async Task no_endpoint_accepts_delete_put_or_patch()
    {
        await using var server = AuditServer.Start(await DatabaseAsync());

        var methods = server.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (Method: m, Route: e.RoutePattern.RawText)))
            .ToList();

        Assert.Contains(methods, m => m is { Method: "GET", Route: "/api/audit/sessions/{sessionId}/replay" });
        Assert.DoesNotContain(methods, m => m.Method is "DELETE" or "PUT" or "PATCH");
    }

    [Fact]
    public async Task every_command_on_an_archived_session_is_refused_with_a_typed_code_and_records_nothing()
    {
        await using var server = AuditServer.Start(await DatabaseAsync());
        var session = server.Session("archived");
        await Task.Run(() => GoldenSession.Drive(new GrainSessionDriver(session, server.Time)), Api.Cancel);
        var archived = await session.GetSnapshotAsync();
        Assert.Equal(SessionPhase.Archived, archived.State.Phase);

        foreach (var command in SampleCommands.Typical())
        {
            var result = await session.ExecuteAsync(command, new CommandContext($"late-{command.GetType().Name}", command.By.PersonId, command.By.Role.ToString(), command.By.SiteId));

            var expected = command switch
            {
                ScheduleSession => SessionRejections.AlreadyScheduled,
                ResumeSession or AbandonSession => SessionRejections.NotSuspended,
                _ => SessionRejections.WrongPhase,
            };
            Assert.Equal(expected, result.Rejection?.Code);
        }

        Assert.Equal(archived.Version, (await session.GetSnapshotAsync()).Version);
        Assert.Equal(archived.Version, (await server.Factory.Services.GetRequiredService<IEventStore>().GetHeadAsync("session/archived", Api.Cancel))!.Version);
    }
}

public sealed class Retention_nothing_is_deleted_or_edited_on_SQLite : Retention_nothing_is_deleted_or_edited
{
    protected override Task<string?> DatabaseAsync() => Task.FromResult<string?>(null);
}

public sealed class Retention_nothing_is_deleted_or_edited_on_PostgreSQL : Retention_nothing_is_deleted_or_edited
{
    protected override async Task<string?> DatabaseAsync() => await PostgreSqlTestDatabase.CreateEmptyAsync();
}
