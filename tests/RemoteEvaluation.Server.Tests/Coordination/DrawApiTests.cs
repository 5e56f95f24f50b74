using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using RemoteEvaluation.Domain.Draw;
using RemoteEvaluation.Grains.Notifications;
using RemoteEvaluation.Server.Coordination;
using RemoteEvaluation.Server.Tests.Accounts;

namespace RemoteEvaluation.Server.Tests.Coordination;

public sealed class DrawApiTests : IAsyncDisposable
{
    private readonly ConcurrentQueue<InvitationNotice> notices = new();
    private readonly ServerFactory server;

    public DrawApiTests()
    {
        var gateway = Substitute.For<INotificationGateway>();
        gateway.NotifyAsync(Arg.Do<InvitationNotice>(notices.Enqueue), Arg.Any<CancellationToken>()).Returns(NotificationOutcome.Ok);
        server = new ServerFactory { TestServices = s => s.AddSingleton(gateway) };
    }

    private static DateTimeOffset SessionFrom => DateTimeOffset.UtcNow.AddDays(7);

    [Fact]
    public async Task host_staff_request_a_draw_the_supervisor_performs_it_and_the_first_drawn_are_invited()
    {
        var (host, supervisor) = await ProvinceAsync();

        var requested = await host.PostAsJsonAsync("/api/draws", new { drawId = "d-1", request = Province.Request("s-1", SessionFrom) }, Api.Cancel);
        var performed = await supervisor.PostAsJsonAsync("/api/draws/d-1/perform", new { supervisorValue = "4711" }, Api.Cancel);
        var view = await performed.JsonAsync();

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (requested.StatusCode, performed.StatusCode));
        Assert.Equal("drawing", view.GetProperty("status").GetString());
        Assert.Equal(5, view.GetProperty("slots")[0].GetProperty("pending").GetInt32());
        Assert.Equal(notices.Select(n => n.ExpertId), view.GetProperty("invitations").EnumerateArray().Select(i => i.GetProperty("expertId").GetString()));
    }

    [Fact]
    public async Task the_host_sees_counts_but_never_who_was_drawn()
    {
        var (host, supervisor) = await ProvinceAsync();
        await host.PostAsJsonAsync("/api/draws", new { drawId = "d-1", request = Province.Request("s-1", SessionFrom) }, Api.Cancel);
        await supervisor.PostAsJsonAsync("/api/draws/d-1/perform", new { supervisorValue = "4711" }, Api.Cancel);

        var response = await host.GetAsync(new Uri("/api/draws/d-1", UriKind.Relative), Api.Cancel);
        var text = await response.Content.ReadAsStringAsync(Api.Cancel);
        var view = JsonDocument.Parse(text).RootElement;

        Assert.True(view.GetProperty("sealed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, view.GetProperty("invitations").ValueKind);
        Assert.Equal(5, view.GetProperty("slots")[0].GetProperty("pending").GetInt32());
        Assert.All(notices, n => Assert.DoesNotContain(n.ExpertId, text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("coordinator")]
    [InlineData("auditor")]
    public async Task coordinators_supervisors_and_auditors_see_whom_the_draw_reached(string username)
    {
        var (host, supervisor) = await ProvinceAsync();
        await host.PostAsJsonAsync("/api/draws", new { drawId = "d-1", request = Province.Request("s-1", SessionFrom) }, Api.Cancel);
        await supervisor.PostAsJsonAsync("/api/draws/d-1/perform", new { supervisorValue = "4711" }, Api.Cancel);

        var view = await (await (await server.SignedInAsync(username)).GetAsync(new Uri("/api/draws/d-1", UriKind.Relative), Api.Cancel)).JsonAsync();

        Assert.False(view.GetProperty("sealed").GetBoolean());
        Assert.Equal(5, view.GetProperty("invitations").GetArrayLength());
    }

    [Fact]
    public async Task remote_centre_staff_cannot_follow_a_draw()
    {
        var (host, _) = await ProvinceAsync();
        await host.PostAsJsonAsync("/api/draws", new { drawId = "d-1", request = Province.Request("s-1", SessionFrom) }, Api.Cancel);

        var answer = await (await server.SignedInAsync("staff.nb")).GetAsync(new Uri("/api/draws/d-1", UriKind.Relative), Api.Cancel);

        Assert.Equal((HttpStatusCode.Forbidden, CoordinationRejections.DrawSealed), (answer.StatusCode, (await answer.ProblemAsync()).Title));
    }

    [Theory]
    [InlineData("staff.nb", HttpStatusCode.Forbidden)]
    [InlineData("supervisor", HttpStatusCode.Forbidden)]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    public async Task only_host_staff_and_coordinators_request_draws(string? username, HttpStatusCode expected)
    {
        await ProvinceAsync();
        var client = username is null ? server.CreateClient() : await server.SignedInAsync(username);

        var answer = await client.PostAsJsonAsync("/api/draws", new { drawId = "d-1", request = Province.Request("s-1", SessionFrom) }, Api.Cancel);

        Assert.Equal(expected, answer.StatusCode);
    }

    [Fact]
    public async Task host_staff_cannot_request_a_draw_for_another_host()
    {
        var (host, _) = await ProvinceAsync();

        var answer = await host.PostAsJsonAsync("/api/draws", new { drawId = "d-1", request = Province.Request("s-1", SessionFrom) with { HostSiteId = "site-330200" } }, Api.Cancel);

        Assert.Equal((HttpStatusCode.Forbidden, CoordinationRejections.OtherCentre), (answer.StatusCode, (await answer.ProblemAsync()).Title));
    }

    [Fact]
    public async Task only_the_supervisor_enters_the_value_that_seeds_the_draw()
    {
        var (host, _) = await ProvinceAsync();
        await host.PostAsJsonAsync("/api/draws", new { drawId = "d-1", request = Province.Request("s-1", SessionFrom) }, Api.Cancel);

        var byHost = await host.PostAsJsonAsync("/api/draws/d-1/perform", new { supervisorValue = "4711" }, Api.Cancel);
        var byCoordinator = await (await server.SignedInAsync("coordinator")).PostAsJsonAsync("/api/draws/d-1/perform", new { supervisorValue = "4711" }, Api.Cancel);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (byHost.StatusCode, byCoordinator.StatusCode));
        Assert.Empty(notices);
    }

    [Fact]
    public async Task a_draw_without_the_supervisors_value_is_refused_and_nothing_is_drawn()
    {
        var (host, supervisor) = await ProvinceAsync();
        await host.PostAsJsonAsync("/api/draws", new { drawId = "d-1", request = Province.Request("s-1", SessionFrom) }, Api.Cancel);

        var answer = await supervisor.PostAsJsonAsync("/api/draws/d-1/perform", new { supervisorValue = "" }, Api.Cancel);
        var view = await (await supervisor.GetAsync(new Uri("/api/draws/d-1", UriKind.Relative), Api.Cancel)).JsonAsync();

        Assert.Equal((HttpStatusCode.BadRequest, DrawRejections.SupervisorValueRequired), (answer.StatusCode, (await answer.ProblemAsync()).Title));
        Assert.Equal(0, view.GetProperty("rounds").GetInt32());
    }

    [Fact]
    public async Task a_request_that_breaks_the_committee_rules_or_lacks_an_id_is_a_typed_error()
    {
        var (host, _) = await ProvinceAsync();

        var even = await host.PostAsJsonAsync("/api/draws", new { drawId = "d-1", request = Province.Request("s-1", SessionFrom, experts: 4) }, Api.Cancel);
        var noId = await host.PostAsJsonAsync("/api/draws", new { drawId = "d 1", request = Province.Request("s-1", SessionFrom) }, Api.Cancel);
        var unknown = await host.GetAsync(new Uri("/api/draws/d-1", UriKind.Relative), Api.Cancel);

        Assert.Equal((HttpStatusCode.BadRequest, DrawRejections.CommitteeRule), (even.StatusCode, (await even.ProblemAsync()).Title));
        Assert.Equal((HttpStatusCode.BadRequest, CoordinationRejections.InvalidField), (noId.StatusCode, (await noId.ProblemAsync()).Title));
        Assert.Equal((HttpStatusCode.NotFound, DrawRejections.NotRequested), (unknown.StatusCode, (await unknown.ProblemAsync()).Title));
    }

    [Fact]
    public async Task an_invited_expert_confirms_by_token_and_a_decline_invites_the_next_candidate()
    {
        var (host, supervisor) = await ProvinceAsync();
        await host.PostAsJsonAsync("/api/draws", new { drawId = "d-1", request = Province.Request("s-1", SessionFrom) }, Api.Cancel);
        await supervisor.PostAsJsonAsync("/api/draws/d-1/perform", new { supervisorValue = "4711" }, Api.Cancel);
        var invited = notices.ToArray();
        var anonymous = server.CreateClient();

        var confirmed = await anonymous.PostAsJsonAsync("/api/draws/d-1/invitations/confirm", new { token = invited[0].Token }, Api.Cancel);
        var declined = await anonymous.PostAsJsonAsync("/api/draws/d-1/invitations/decline", new { token = invited[1].Token, reason = "出差" }, Api.Cancel);
        var again = await anonymous.PostAsJsonAsync("/api/draws/d-1/invitations/confirm", new { token = invited[0].Token }, Api.Cancel);
        var forged = await anonymous.PostAsJsonAsync("/api/draws/d-1/invitations/confirm", new { token = "not-a-token" }, Api.Cancel);
        var view = await (await supervisor.GetAsync(new Uri("/api/draws/d-1", UriKind.Relative), Api.Cancel)).JsonAsync();

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NoContent), (confirmed.StatusCode, declined.StatusCode));
        Assert.Equal((HttpStatusCode.Conflict, DrawRejections.InvitationClosed), (again.StatusCode, (await again.ProblemAsync()).Title));
        Assert.Equal((HttpStatusCode.BadRequest, DrawRejections.UnknownToken), (forged.StatusCode, (await forged.ProblemAsync()).Title));
        Assert.Equal(6, notices.Count);
        Assert.Equal((1, 4), (view.GetProperty("slots")[0].GetProperty("confirmed").GetInt32(), view.GetProperty("slots")[0].GetProperty("pending").GetInt32()));
    }

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    private async Task<(HttpClient Host, HttpClient Supervisor)> ProvinceAsync()
    {
        var coordinator = await server.SignedInAsync("coordinator");
        await Province.CentresAsync(coordinator);
        await Province.ExpertsAsync(coordinator);
        return (await server.SignedInAsync("host.hz"), await server.SignedInAsync("supervisor"));
    }
}
