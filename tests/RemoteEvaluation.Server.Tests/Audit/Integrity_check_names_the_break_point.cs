using System.Net;
using System.Text.Json;
using RemoteEvaluation.Domain.Chat;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Domain.Tests.Infrastructure;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Server.Tests.Accounts;
using RemoteEvaluation.Server.Tests.Hubs;
using RemoteEvaluation.Testing.Stores;
using static RemoteEvaluation.Domain.Tests.Infrastructure.People;

namespace RemoteEvaluation.Server.Tests.Audit;

/// <summary>
/// The integrity check over the audit API after someone edits the stored rows directly in the database: it names the
/// version, the check that failed and, where hashes are compared, the hash expected and the hash found.
/// </summary>
public abstract class Integrity_check_names_the_break_point
{
    private const string SessionId = "tamper";
    private const string Stream = "session/" + SessionId;

    protected abstract Task<string?> DatabaseAsync();

    [Fact]
    public async Task an_untouched_session_is_intact_through_its_head()
    {
        await using var server = await StartedAsync();

        var report = await IntegrityAsync(server);

        Assert.True(report.GetProperty("intact").GetBoolean());
        Assert.Equal(await HeadAsync(server), report.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task a_changed_byte_is_named_as_contents_with_the_recomputed_and_the_stored_hash()
    {
        await using var server = await StartedAsync();
        var data = await server.ReadBytesAsync("SELECT data FROM events WHERE stream_id = @s AND version = 3", ("@s", Stream));
        var storedHash = await server.ReadBytesAsync("SELECT hash FROM events WHERE stream_id = @s AND version = 3", ("@s", Stream));
        data[data.Length / 2] ^= 0x01;
        Assert.Equal(1, await server.ExecuteAsync("UPDATE events SET data = @d WHERE stream_id = @s AND version = 3", ("@d", data), ("@s", Stream)));

        var report = await IntegrityAsync(server);

        Assert.Equal((false, 3L, ChainChecks.Contents), Break(report));
        Assert.Equal(Convert.ToHexStringLower(storedHash), report.GetProperty("actualHash").GetString());
        Assert.NotEqual(report.GetProperty("actualHash").GetString(), report.GetProperty("expectedHash").GetString());
    }

    [Fact]
    public async Task a_deleted_row_is_named_as_a_gap_in_the_sequence()
    {
        await using var server = await StartedAsync();
        Assert.Equal(1, await server.ExecuteAsync("DELETE FROM events WHERE stream_id = @s AND version = 2", ("@s", Stream)));

        var report = await IntegrityAsync(server);

        Assert.Equal((false, 2L, ChainChecks.Sequence), Break(report));
        Assert.Contains("Version 2 is missing", report.GetProperty("problem").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_reordered_pair_is_named_as_a_broken_link_with_the_hash_it_should_follow()
    {
        await using var server = await StartedAsync();
        var hashOf2 = await server.ReadBytesAsync("SELECT hash FROM events WHERE stream_id = @s AND version = 2", ("@s", Stream));
        var hashOf3 = await server.ReadBytesAsync("SELECT hash FROM events WHERE stream_id = @s AND version = 3", ("@s", Stream));
        foreach (var (from, to) in new[] { (3L, -3L), (4L, 3L), (-3L, 4L) })
        {
            Assert.Equal(1, await server.ExecuteAsync("UPDATE events SET version = @to WHERE stream_id = @s AND version = @from", ("@to", to), ("@s", Stream), ("@from", from)));
        }

        var report = await IntegrityAsync(server);

        // Version 3 now holds what was version 4: it links to the old version 3, not to version 2.
        Assert.Equal((false, 3L, ChainChecks.Link), Break(report));
        Assert.Equal(Convert.ToHexStringLower(hashOf2), report.GetProperty("expectedHash").GetString());
        Assert.Equal(Convert.ToHexStringLower(hashOf3), report.GetProperty("actualHash").GetString());
    }

    [Fact]
    public async Task a_session_never_recorded_is_unknown_and_a_bad_id_is_an_invalid_field()
    {
        await using var server = await StartedAsync();
        var auditor = await server.Factory.SignedInAsync("auditor");

        var unknown = await auditor.GetAsync(new Uri("/api/audit/sessions/never-held/integrity", UriKind.Relative), Api.Cancel);
        var bad = await auditor.GetAsync(new Uri("/api/audit/sessions/%20bad%20id/integrity", UriKind.Relative), Api.Cancel);

        Assert.Equal((HttpStatusCode.NotFound, "audit.unknown_session"), (unknown.StatusCode, (await unknown.ProblemAsync()).Title));
        Assert.Equal((HttpStatusCode.BadRequest, "request.invalid_field"), (bad.StatusCode, (await bad.ProblemAsync()).Title));
    }

    private async Task<AuditServer> StartedAsync()
    {
        var server = AuditServer.Start(await DatabaseAsync());
        await LiveSession.RunAsync(
            server.Session(SessionId),
            new ScheduleSession(Host, "ZJ-T", "Tamper test", HostSite, Specs.Start),
            new LinkRemoteSite(Host, Ningbo),
            new LinkRemoteSite(Host, Wenzhou),
            new PostChatMessage(Host, null, "One"),
            new PostChatMessage(Host, null, "Two"));
        return server;
    }

    private static async Task<long> HeadAsync(AuditServer server) =>
        (await server.Session(SessionId).GetSnapshotAsync()).Version;

    private static async Task<JsonElement> IntegrityAsync(AuditServer server)
    {
        var auditor = await server.Factory.SignedInAsync("auditor");
        var response = await auditor.GetAsync(new Uri($"/api/audit/sessions/{SessionId}/integrity", UriKind.Relative), Api.Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }

    private static (bool Intact, long Version, string? Check) Break(JsonElement report) =>
        (report.GetProperty("intact").GetBoolean(), report.GetProperty("version").GetInt64(), report.GetProperty("check").GetString());
}

public sealed class Integrity_check_names_the_break_point_on_SQLite : Integrity_check_names_the_break_point
{
    protected override Task<string?> DatabaseAsync() => Task.FromResult<string?>(null);
}

public sealed class Integrity_check_names_the_break_point_on_PostgreSQL : Integrity_check_names_the_break_point
{
    protected override async Task<string?> DatabaseAsync() => await PostgreSqlTestDatabase.CreateEmptyAsync();
}
