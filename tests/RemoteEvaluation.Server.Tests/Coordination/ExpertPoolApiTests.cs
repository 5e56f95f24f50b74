using System.Net;
using System.Net.Http.Json;
using System.Text;
using RemoteEvaluation.Domain.Experts;
using RemoteEvaluation.Server.Coordination;
using RemoteEvaluation.Server.Tests.Accounts;

namespace RemoteEvaluation.Server.Tests.Coordination;

public sealed class ExpertPoolApiTests
{
    [Fact]
    public async Task an_import_reports_every_row_and_a_second_import_of_the_same_file_records_nothing()
    {
        await using var server = new ServerFactory();
        var coordinator = await server.SignedInAsync("coordinator");
        var rows = Province.ExpertRows(2, "330203", "nb") + "bad-1,无名,123,1975-05-05,138,330203,Senior,C0501,,\n";

        var first = await (await coordinator.ImportCsvAsync(rows)).JsonAsync();
        var second = await (await coordinator.ImportCsvAsync(rows)).JsonAsync();

        Assert.Equal((2, 0, 1), (first.GetProperty("imported").GetInt32(), first.GetProperty("unchanged").GetInt32(), first.GetProperty("rejected").GetInt32()));
        var bad = first.GetProperty("rows")[2];
        Assert.Equal("Rejected", bad.GetProperty("outcome").GetString());
        Assert.StartsWith(ExpertRejections.InvalidIdNumber, bad.GetProperty("reasons")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal((0, 2, 1), (second.GetProperty("imported").GetInt32(), second.GetProperty("unchanged").GetInt32(), second.GetProperty("rejected").GetInt32()));
    }

    [Fact]
    public async Task experts_import_from_json_too()
    {
        await using var server = new ServerFactory();
        var coordinator = await server.SignedInAsync("coordinator");
        var number = IdNumber.WithCheckCharacter("33020319750505001");
        var json = $$"""[{"id":"j-1","name":"王五","id_number":"{{number}}","birth_date":"1975-05-05","phone":"13800000000","region":"330203","qualification":"Senior","specialties":["C0501"]}]""";

        var answer = await coordinator.PostAsync(new Uri("/api/experts/import", UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"), Api.Cancel);

        Assert.Equal(1, (await answer.JsonAsync()).GetProperty("imported").GetInt32());
    }

    [Fact]
    public async Task an_import_in_another_format_is_refused_as_unsupported()
    {
        await using var server = new ServerFactory();
        var coordinator = await server.SignedInAsync("coordinator");

        var answer = await coordinator.PostAsync(new Uri("/api/experts/import", UriKind.Relative), new StringContent("<experts/>", Encoding.UTF8, "application/xml"), Api.Cancel);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, answer.StatusCode);
        Assert.Equal(CoordinationRejections.UnsupportedMediaType, (await answer.ProblemAsync()).Title);
    }

    [Fact]
    public async Task the_pool_is_listed_a_page_at_a_time_and_filtered_by_region_and_search()
    {
        await using var server = new ServerFactory();
        var coordinator = await server.SignedInAsync("coordinator");
        await coordinator.ImportCsvAsync(Province.ExpertRows(5, "330203", "nb") + Province.ExpertRows(3, "330302", "wz"));

        var page2 = await (await coordinator.GetAsync(new Uri("/api/experts?page=2&pageSize=3", UriKind.Relative), Api.Cancel)).JsonAsync();
        var wenzhou = await (await coordinator.GetAsync(new Uri("/api/experts?region=3303", UriKind.Relative), Api.Cancel)).JsonAsync();
        var byName = await (await coordinator.GetAsync(new Uri("/api/experts?q=专家nb4", UriKind.Relative), Api.Cancel)).JsonAsync();

        Assert.Equal(8, page2.GetProperty("total").GetInt32());
        Assert.Equal(["nb-0003", "nb-0004", "wz-0000"], page2.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("expertId").GetString()));
        Assert.Equal(3, wenzhou.GetProperty("total").GetInt32());
        Assert.Equal("nb-0004", Assert.Single(byName.GetProperty("items").EnumerateArray()).GetProperty("expertId").GetString());
    }

    [Theory]
    [InlineData("page=0")]
    [InlineData("pageSize=201")]
    public async Task paging_outside_its_bounds_is_refused(string query)
    {
        await using var server = new ServerFactory();
        var coordinator = await server.SignedInAsync("coordinator");

        var answer = await coordinator.GetAsync(new Uri($"/api/experts?{query}", UriKind.Relative), Api.Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal(CoordinationRejections.InvalidPaging, (await answer.ProblemAsync()).Title);
    }

    [Fact]
    public async Task the_sealed_identity_is_shown_to_coordinators_and_hidden_from_supervisors_and_auditors()
    {
        await using var server = new ServerFactory();
        var coordinator = await server.SignedInAsync("coordinator");
        await coordinator.ImportCsvAsync(Province.ExpertRows(1, "330203", "nb"));

        var seen = await (await coordinator.GetAsync(new Uri("/api/experts/nb-0000", UriKind.Relative), Api.Cancel)).JsonAsync();
        var supervised = await (await (await server.SignedInAsync("supervisor")).GetAsync(new Uri("/api/experts/nb-0000", UriKind.Relative), Api.Cancel)).JsonAsync();
        var audited = await (await (await server.SignedInAsync("auditor")).GetAsync(new Uri("/api/experts?q=专家", UriKind.Relative), Api.Cancel)).JsonAsync();

        Assert.Equal("专家nb0", seen.GetProperty("identity").GetProperty("name").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, supervised.GetProperty("identity").ValueKind);
        Assert.Equal("330203", supervised.GetProperty("region").GetString());
        Assert.Equal(0, audited.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("host.hz")]
    [InlineData("staff.nb")]
    [InlineData("admin")]
    public async Task centre_staff_and_administrators_cannot_read_the_pool(string username)
    {
        await using var server = new ServerFactory();
        var client = await server.SignedInAsync(username);

        var list = await client.GetAsync(new Uri("/api/experts", UriKind.Relative), Api.Cancel);
        var one = await client.GetAsync(new Uri("/api/experts/nb-0000", UriKind.Relative), Api.Cancel);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (list.StatusCode, one.StatusCode));
    }

    [Fact]
    public async Task only_coordinators_change_the_pool()
    {
        await using var server = new ServerFactory();
        var supervisor = await server.SignedInAsync("supervisor");

        var import = await supervisor.ImportCsvAsync(Province.ExpertRows(1, "330203", "nb"));
        var status = await supervisor.PostAsJsonAsync("/api/experts/nb-0000/status", new { status = "Suspended", reason = "x" }, Api.Cancel);
        var anonymous = await server.CreateClient().PostAsJsonAsync("/api/experts/nb-0000/conflicts", new { counterpartyId = "c", reason = "x" }, Api.Cancel);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized), (import.StatusCode, status.StatusCode, anonymous.StatusCode));
    }

    [Fact]
    public async Task a_coordinator_suspends_an_expert_and_records_a_penalty_and_a_conflict()
    {
        await using var server = new ServerFactory();
        var coordinator = await server.SignedInAsync("coordinator");
        await coordinator.ImportCsvAsync(Province.ExpertRows(1, "330203", "nb"));

        var status = await coordinator.PostAsJsonAsync("/api/experts/nb-0000/status", new { status = "Suspended", reason = "本人申请" }, Api.Cancel);
        var penalty = await coordinator.PostAsJsonAsync("/api/experts/nb-0000/penalties",
            new { penaltyId = "pen-1", kind = "Warning", tenderingMisconduct = true, reason = "迟到", imposed = "2026-01-05" }, Api.Cancel);
        var conflict = await coordinator.PostAsJsonAsync("/api/experts/nb-0000/conflicts", new { counterpartyId = "bidder-1", reason = "亲属任职", declaredOn = "2026-01-06" }, Api.Cancel);
        var expert = await (await coordinator.GetAsync(new Uri("/api/experts/nb-0000", UriKind.Relative), Api.Cancel)).JsonAsync();

        Assert.All([status, penalty, conflict], r => Assert.Equal(HttpStatusCode.NoContent, r.StatusCode));
        Assert.Equal("Suspended", expert.GetProperty("status").GetString());
        Assert.Equal("pen-1", expert.GetProperty("penalties")[0].GetProperty("penaltyId").GetString());
        Assert.Equal("bidder-1", expert.GetProperty("conflicts")[0].GetProperty("counterpartyId").GetString());
    }

    [Fact]
    public async Task an_unknown_status_or_penalty_kind_is_a_typed_error_and_changes_nothing()
    {
        await using var server = new ServerFactory();
        var coordinator = await server.SignedInAsync("coordinator");
        await coordinator.ImportCsvAsync(Province.ExpertRows(1, "330203", "nb"));

        var status = await coordinator.PostAsJsonAsync("/api/experts/nb-0000/status", new { status = "Asleep", reason = "x" }, Api.Cancel);
        var penalty = await coordinator.PostAsJsonAsync("/api/experts/nb-0000/penalties", new { penaltyId = "p", kind = "Fine", imposed = "2026-01-05" }, Api.Cancel);
        var expert = await (await coordinator.GetAsync(new Uri("/api/experts/nb-0000", UriKind.Relative), Api.Cancel)).JsonAsync();

        Assert.Equal(CoordinationRejections.InvalidField, (await status.ProblemAsync()).Title);
        Assert.Equal(CoordinationRejections.InvalidField, (await penalty.ProblemAsync()).Title);
        Assert.Equal("Active", expert.GetProperty("status").GetString());
        Assert.Equal(0, expert.GetProperty("penalties").GetArrayLength());
    }

    [Fact]
    public async Task an_expert_not_in_the_pool_is_not_found()
    {
        await using var server = new ServerFactory();
        var coordinator = await server.SignedInAsync("coordinator");

        var read = await coordinator.GetAsync(new Uri("/api/experts/nobody", UriKind.Relative), Api.Cancel);
        var change = await coordinator.PostAsJsonAsync("/api/experts/nobody/status", new { status = "Suspended", reason = "x" }, Api.Cancel);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (read.StatusCode, change.StatusCode));
        Assert.Equal(ExpertRejections.NotRegistered, (await change.ProblemAsync()).Title);
    }
}
