using System.Net;
using System.Text.Json;
using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Committee;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Domain.Tests.Infrastructure;
using RemoteEvaluation.Server.Tests.Accounts;
using RemoteEvaluation.Server.Tests.Hubs;
using RemoteEvaluation.Testing.Stores;
using static RemoteEvaluation.Domain.Tests.Infrastructure.People;

namespace RemoteEvaluation.Server.Tests.Audit;

/// <summary>
/// The auditor's search over every session (审计检索), from the projection that follows the log: by date, by centre
/// (host or remote), by project code or name, by an expert who sat on the committee; bad input is a typed refusal.
/// </summary>
public abstract class Audit_search_follows_the_log
{
    protected abstract Task<string?> DatabaseAsync();

    [Fact]
    public async Task each_filter_finds_exactly_the_sessions_it_describes()
    {
        await using var server = await WithThreeSessionsAsync();
        var auditor = await server.Factory.SignedInAsync("auditor");

        Assert.Equal(["s-june", "s-may-2", "s-may-1"], await FoundAsync(auditor, ""));
        Assert.Equal(["s-may-2", "s-may-1"], await FoundAsync(auditor, "from=2027-05-01&to=2027-05-31"));
        Assert.Equal(["s-june"], await FoundAsync(auditor, "from=2027-06-01"));
        Assert.Equal(["s-june", "s-may-2"], await FoundAsync(auditor, $"site={Wenzhou}"));
        Assert.Equal(["s-may-1"], await FoundAsync(auditor, "site=SH"));
        Assert.Equal(["s-may-2", "s-may-1"], await FoundAsync(auditor, "project=school"));
        Assert.Equal(["s-june"], await FoundAsync(auditor, "project=ZJ-2026-3"));
        Assert.Equal(["s-june"], await FoundAsync(auditor, "expert=x9"));
        Assert.Equal(["s-may-1"], await FoundAsync(auditor, "expert=x1&from=2027-05-01&to=2027-05-01"));
    }

    [Fact]
    public async Task pages_split_the_newest_first_list_and_the_total_counts_every_match()
    {
        await using var server = await WithThreeSessionsAsync();
        var auditor = await server.Factory.SignedInAsync("coordinator");

        var second = await (await auditor.GetAsync(new Uri("/api/audit/sessions?page=2&pageSize=2", UriKind.Relative), Api.Cancel)).JsonAsync();

        Assert.Equal(3, second.GetProperty("total").GetInt32());
        Assert.Equal(["s-may-1"], Ids(second));
    }

    [Fact]
    public async Task a_session_recorded_after_a_search_is_found_by_the_next_one()
    {
        await using var server = await WithThreeSessionsAsync();
        var supervisor = await server.Factory.SignedInAsync("supervisor");
        Assert.Empty(await FoundAsync(supervisor, "project=harbour"));

        await ScheduleAsync(server, "s-later", "ZJ-2026-4", "Harbour wall", Specs.Start.AddDays(40), HostSite, [Ningbo], ["x2"]);

        Assert.Equal(["s-later"], await FoundAsync(supervisor, "project=harbour"));
    }

    [Theory]
    [InlineData("from=yesterday", "from")]
    [InlineData("to=2026-13-01", "to")]
    [InlineData("from=2026-06-02&to=2026-06-01", "from")]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=201", "pageSize")]
    [InlineData("pageSize=ten", "pageSize")]
    public async Task bad_input_is_an_invalid_field_naming_the_field(string query, string field)
    {
        await using var server = AuditServer.Start(await DatabaseAsync());
        var auditor = await server.Factory.SignedInAsync("auditor");

        var response = await auditor.GetAsync(new Uri($"/api/audit/sessions?{query}", UriKind.Relative), Api.Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var (title, detail) = await response.ProblemAsync();
        Assert.Equal("request.invalid_field", title);
        Assert.StartsWith(field + ":", detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("host.hz")]
    [InlineData("staff.nb")]
    [InlineData("admin")]
    public async Task only_auditors_supervisors_and_coordinators_search(string who)
    {
        await using var server = AuditServer.Start(await DatabaseAsync());
        var client = await server.Factory.SignedInAsync(who);

        var response = await client.GetAsync(new Uri("/api/audit/sessions", UriKind.Relative), Api.Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<AuditServer> WithThreeSessionsAsync()
    {
        var server = AuditServer.Start(await DatabaseAsync());
        await ScheduleAsync(server, "s-may-1", "ZJ-2026-1", "Riverside school", new DateTimeOffset(2027, 5, 1, 9, 0, 0, TimeSpan.FromHours(8)), HostSite, [Ningbo, "SH"], ["x1", "x2"]);
        await ScheduleAsync(server, "s-may-2", "ZJ-2026-2", "Hillside School gym", new DateTimeOffset(2027, 5, 20, 9, 0, 0, TimeSpan.FromHours(8)), Ningbo, [Wenzhou], ["x2", "x3"]);
        await ScheduleAsync(server, "s-june", "ZJ-2026-3", "Bridge repair", new DateTimeOffset(2027, 6, 3, 9, 0, 0, TimeSpan.FromHours(8)), HostSite, [Wenzhou], ["x3", "x9"]);
        return server;
    }

    private static Task ScheduleAsync(AuditServer server, string sessionId, string code, string name, DateTimeOffset startsAt, string host, string[] remotes, string[] experts)
    {
        var by = StaffOf(host) with { Role = ActorRole.HostStaff };
        // A committee is at least five (CommitteeRules); the named experts are the ones the filters look for.
        var seated = experts.Concat(Enumerable.Range(1, 5 - experts.Length).Select(i => $"{sessionId}-p{i}"));
        return LiveSession.RunAsync(
            server.Session(sessionId),
            [
                new ScheduleSession(by, code, name, host, startsAt),
                .. remotes.Select(r => (SessionCommand)new LinkRemoteSite(by, r)),
                new SeatCommittee(DrawSystem, [.. seated.Select(x => new CommitteeMember(x, MemberKind.Expert, host, "pool-zj"))]),
            ]);
    }

    private static async Task<string[]> FoundAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync(new Uri($"/api/audit/sessions?{query}", UriKind.Relative), Api.Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Ids(await response.JsonAsync());
    }

    private static string[] Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("sessionId").GetString()!)];
}

public sealed class Audit_search_follows_the_log_on_SQLite : Audit_search_follows_the_log
{
    protected override Task<string?> DatabaseAsync() => Task.FromResult<string?>(null);
}

public sealed class Audit_search_follows_the_log_on_PostgreSQL : Audit_search_follows_the_log
{
    protected override async Task<string?> DatabaseAsync() => await PostgreSqlTestDatabase.CreateEmptyAsync();
}
