using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RemoteEvaluation.Grains.CheckInCodes;
using RemoteEvaluation.Grains.Runtime;

namespace RemoteEvaluation.Server.Tests.Accounts;

public sealed class CheckInCodeTests : IAsyncLifetime
{
    private readonly FakeTimeProvider time = new(DateTimeOffset.UtcNow);
    private ServerFactory server = null!;
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> app = null!;

    public async ValueTask InitializeAsync()
    {
        server = new ServerFactory();
        app = server.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(time)));
        await DemoSession.ScheduleAsync(app.Services.GetRequiredService<IGrainFactory>(), "s-1", time.GetUtcNow());
    }

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task staff_of_the_experts_centre_issue_a_code_that_the_expert_exchanges_for_a_bound_token()
    {
        var staff = await app.SignedInAsync("staff.nb");

        var issued = await staff.PostAsync(new Uri("/api/sessions/s-1/experts/e2/checkin-code", UriKind.Relative), null, Api.Cancel);
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        var code = (await issued.JsonAsync()).GetProperty("code").GetString()!;
        Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$", code);

        var exchanged = await app.CreateClient().PostAsJsonAsync("/api/auth/expert", new { sessionId = "s-1", code = code.ToLowerInvariant() }, Api.Cancel);

        Assert.Equal(HttpStatusCode.OK, exchanged.StatusCode);
        var token = (await exchanged.JsonAsync()).GetProperty("accessToken").GetString()!;
        var me = await (await app.WithBearer(token).MeAsync()).JsonAsync();
        Assert.Equal("expert", me.GetProperty("kind").GetString());
        Assert.Equal("expert", me.GetProperty("role").GetString());
        Assert.Equal("s-1", me.GetProperty("sessionId").GetString());
        Assert.Equal("e2", me.GetProperty("expertId").GetString());
        Assert.Equal("site-330200", me.GetProperty("siteId").GetString());
        Assert.Equal(time.GetUtcNow().AddHours(12), DateTimeOffset.Parse(me.GetProperty("expiresAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task a_tenderer_representative_gets_a_token_in_that_role()
    {
        var host = await app.SignedInAsync("host.hz");
        var code = await IssueAsync(host, "r1");

        var exchanged = await app.CreateClient().PostAsJsonAsync("/api/auth/expert", new { sessionId = "s-1", code }, Api.Cancel);

        var me = await (await app.WithBearer((await exchanged.JsonAsync()).GetProperty("accessToken").GetString()!).MeAsync()).JsonAsync();
        Assert.Equal("tenderer_representative", me.GetProperty("role").GetString());
    }

    [Theory]
    [InlineData("staff.wz", "e2")] // another remote centre
    [InlineData("host.hz", "e2")] // the host centre, for an expert seated elsewhere
    [InlineData("staff.nb", "e1")] // an expert seated at the host centre
    public async Task staff_of_another_centre_cannot_issue_a_code(string username, string expertId)
    {
        var staff = await app.SignedInAsync(username);

        var response = await staff.PostAsync(new Uri($"/api/sessions/s-1/experts/{expertId}/checkin-code", UriKind.Relative), null, Api.Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("checkin.wrong_site", (await response.ProblemAsync()).Title);
    }

    [Theory]
    [InlineData("coordinator")]
    [InlineData("supervisor")]
    [InlineData("auditor")]
    [InlineData("admin")]
    public async Task only_centre_staff_issue_codes(string username)
    {
        var client = await app.SignedInAsync(username);

        var response = await client.PostAsync(new Uri("/api/sessions/s-1/experts/e2/checkin-code", UriKind.Relative), null, Api.Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task a_code_for_someone_without_a_seat_or_an_unknown_session_is_refused()
    {
        var staff = await app.SignedInAsync("staff.nb");

        var noSeat = await staff.PostAsync(new Uri("/api/sessions/s-1/experts/e99/checkin-code", UriKind.Relative), null, Api.Cancel);
        var noSession = await staff.PostAsync(new Uri("/api/sessions/s-404/experts/e2/checkin-code", UriKind.Relative), null, Api.Cancel);

        Assert.Equal("checkin.unknown_member", (await noSeat.ProblemAsync()).Title);
        Assert.Equal("session.not_scheduled", (await noSession.ProblemAsync()).Title);
    }

    [Fact]
    public async Task a_code_is_exchanged_once_and_refused_the_second_time()
    {
        var code = await IssueAsync(await app.SignedInAsync("staff.nb"), "e3");
        var client = app.CreateClient();

        var first = await client.PostAsJsonAsync("/api/auth/expert", new { sessionId = "s-1", code }, Api.Cancel);
        var second = await client.PostAsJsonAsync("/api/auth/expert", new { sessionId = "s-1", code }, Api.Cancel);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, second.StatusCode);
        Assert.Equal("checkin.code_already_used", (await second.ProblemAsync()).Title);
    }

    [Fact]
    public async Task a_code_is_refused_after_it_expires()
    {
        var code = await IssueAsync(await app.SignedInAsync("staff.wz"), "e4");

        time.Advance(TimeSpan.FromMinutes(10));
        var response = await app.CreateClient().PostAsJsonAsync("/api/auth/expert", new { sessionId = "s-1", code }, Api.Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("checkin.code_expired", (await response.ProblemAsync()).Title);
    }

    [Fact]
    public async Task a_code_just_before_expiry_still_works()
    {
        var code = await IssueAsync(await app.SignedInAsync("staff.wz"), "e4");

        time.Advance(TimeSpan.FromMinutes(9.9));
        var response = await app.CreateClient().PostAsJsonAsync("/api/auth/expert", new { sessionId = "s-1", code }, Api.Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task a_wrong_secret_or_another_sessions_id_is_an_invalid_code()
    {
        var code = await IssueAsync(await app.SignedInAsync("staff.nb"), "e2");
        var wrongSecret = code[..5] + (code[5] == 'A' ? 'B' : 'A') + code[6..];
        var client = app.CreateClient();

        var tampered = await client.PostAsJsonAsync("/api/auth/expert", new { sessionId = "s-1", code = wrongSecret }, Api.Cancel);
        var otherSession = await client.PostAsJsonAsync("/api/auth/expert", new { sessionId = "s-2", code }, Api.Cancel);
        var garbage = await client.PostAsJsonAsync("/api/auth/expert", new { sessionId = "s-1", code = "hello" }, Api.Cancel);

        Assert.All([tampered, otherSession, garbage], r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        Assert.Equal("auth.invalid_code", (await tampered.ProblemAsync()).Title);
        Assert.Equal("auth.invalid_code", (await otherSession.ProblemAsync()).Title);
        Assert.Equal("auth.invalid_code", (await garbage.ProblemAsync()).Title);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/auth/expert", new { sessionId = "s-1", code }, Api.Cancel)).StatusCode);
    }

    [Fact]
    public async Task the_expert_token_stops_working_when_it_expires()
    {
        var code = await IssueAsync(await app.SignedInAsync("staff.nb"), "e2");
        var exchanged = await app.CreateClient().PostAsJsonAsync("/api/auth/expert", new { sessionId = "s-1", code }, Api.Cancel);
        var expert = app.WithBearer((await exchanged.JsonAsync()).GetProperty("accessToken").GetString()!);
        Assert.Equal(HttpStatusCode.OK, (await expert.MeAsync()).StatusCode);

        time.Advance(TimeSpan.FromHours(12));

        Assert.Equal(HttpStatusCode.Unauthorized, (await expert.MeAsync()).StatusCode);
    }

    [Fact]
    public async Task an_expert_token_is_not_a_staff_token()
    {
        var code = await IssueAsync(await app.SignedInAsync("staff.nb"), "e2");
        var exchanged = await app.CreateClient().PostAsJsonAsync("/api/auth/expert", new { sessionId = "s-1", code }, Api.Cancel);
        var expert = app.WithBearer((await exchanged.JsonAsync()).GetProperty("accessToken").GetString()!);

        var response = await expert.PostAsync(new Uri("/api/sessions/s-1/experts/e3/checkin-code", UriKind.Relative), null, Api.Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task a_code_is_kept_as_a_pbkdf2_hash_of_ten_thousand_iterations_that_exchanges()
    {
        var code = await IssueAsync(await app.SignedInAsync("staff.nb"), "e2");

        Assert.Equal(10_000, await StoredIterationsAsync(app, code));
        var exchanged = await app.CreateClient().PostAsJsonAsync("/api/auth/expert", new { sessionId = "s-1", code }, Api.Cancel);
        Assert.Equal(HttpStatusCode.OK, exchanged.StatusCode);
    }

    [Fact]
    public async Task the_iterations_are_a_setting()
    {
        await using var stronger = new ServerFactory { Settings = new Dictionary<string, string> { ["Auth:CheckInCodeHashIterations"] = "20000" } };
        await DemoSession.ScheduleAsync(stronger.Services.GetRequiredService<IGrainFactory>(), "s-1", DateTimeOffset.UtcNow);
        var code = await IssueAsync(await stronger.SignedInAsync("staff.nb"), "e2");

        Assert.Equal(20_000, await StoredIterationsAsync(stronger, code));
    }

    [Fact]
    public void fewer_than_a_thousand_iterations_is_refused_at_start()
    {
        var weak = app.WithWebHostBuilder(b => b.UseSetting("Auth:CheckInCodeHashIterations", "999"));

        var refused = Assert.ThrowsAny<Microsoft.Extensions.Options.OptionsValidationException>(() => weak.Services);
        Assert.Contains("Auth:CheckInCodeHashIterations", refused.Message, StringComparison.Ordinal);
    }

    /// <summary>The iteration count ASP.NET Core's version-3 hash format stores big-endian after its marker and PRF.</summary>
    private static async Task<int> StoredIterationsAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> node, string code)
    {
        var state = await node.Services.GetRequiredService<IGrainFactory>().GetGrain<ICheckInCodeGrain>($"s-1:{code[..4]}").GetStateAsync();
        var hash = Convert.FromBase64String(state.SecretHash!);
        Assert.Equal(0x01, hash[0]);
        return System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(5, 4));
    }

    private static async Task<string> IssueAsync(HttpClient staff, string expertId)
    {
        var issued = await staff.PostAsync(new Uri($"/api/sessions/s-1/experts/{expertId}/checkin-code", UriKind.Relative), null, Api.Cancel);
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        return (await issued.JsonAsync()).GetProperty("code").GetString()!;
    }
}
