using System.Security.Claims;
using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Attendance;
using RemoteEvaluation.Domain.Committee;
using RemoteEvaluation.Domain.Opening;
using RemoteEvaluation.Domain.Reports;
using RemoteEvaluation.Domain.Scoring;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Domain.Tests.Infrastructure;
using RemoteEvaluation.Server.Authorization;

namespace RemoteEvaluation.Server.Tests.Accounts;

/// <summary>Every principal × a command of each kind, against a session hosted at site-hz with site-nb and site-wz remote.</summary>
public sealed class AccessRulesMatrixTests
{
    private const string Allowed = "allowed";
    private static readonly AccessRules Rules = new();

    private static readonly SessionState Session = new SessionState
    {
        Phase = SessionPhase.Scoring,
        HostSiteId = "site-hz",
        RemoteSiteIds = ["site-nb", "site-wz"],
        Members =
        [
            new MemberState(new CommitteeMember("e1", MemberKind.Expert, "site-hz", "pool"), MemberStatus.CheckedIn),
            new MemberState(new CommitteeMember("e2", MemberKind.Expert, "site-nb", "pool"), MemberStatus.CheckedIn),
            new MemberState(new CommitteeMember("e9", MemberKind.Expert, "site-wz", "pool"), MemberStatus.Absent),
        ],
    };

    public static TheoryData<string, string, string> Matrix => new()
    {
        // principal,     command,           answer
        { "host.hz",      "OpenScoring",     Allowed },
        { "host.hz",      "CheckIn",         Allowed },
        { "host.hz",      "SubmitScoreSheet", AccessRejections.WrongRole },
        { "host.hz",      "LinkRemoteSite",  Allowed },
        { "host.nb",      "OpenScoring",     AccessRejections.WrongRole }, // a host-staff account at a remote centre acts as site staff
        { "host.nb",      "CheckIn",         Allowed },
        { "host.sh",      "CheckIn",         AccessRejections.NotInSession },
        { "staff.nb",     "OpenScoring",     AccessRejections.WrongRole },
        { "staff.nb",     "CheckIn",         Allowed },
        { "staff.sh",     "CheckIn",         AccessRejections.NotInSession },
        { "coordinator",  "LinkRemoteSite",  Allowed },
        { "coordinator",  "OpenScoring",     AccessRejections.WrongRole },
        { "coordinator",  "CheckIn",         AccessRejections.WrongRole },
        { "supervisor",   "OpenScoring",     AccessRejections.ReadOnly },
        { "supervisor",   "SubmitScoreSheet", AccessRejections.ReadOnly },
        { "supervisor",   "LinkRemoteSite",  AccessRejections.ReadOnly },
        { "supervisor",   "CheckIn",         AccessRejections.ReadOnly },
        { "auditor",      "OpenScoring",     AccessRejections.ReadOnly },
        { "auditor",      "SubmitScoreSheet", AccessRejections.ReadOnly },
        { "auditor",      "LinkRemoteSite",  AccessRejections.ReadOnly },
        { "auditor",      "CheckIn",         AccessRejections.ReadOnly },
        { "admin",        "OpenScoring",     AccessRejections.WrongRole },
        { "admin",        "CheckIn",         AccessRejections.WrongRole },
        { "expert e2",    "SubmitScoreSheet", Allowed },
        { "expert e2",    "DeclareConflict", Allowed },
        { "expert e2",    "OpenScoring",     AccessRejections.WrongRole },
        { "expert e2",    "CheckIn",         AccessRejections.WrongRole },
        { "expert e2 of s-2", "SubmitScoreSheet", AccessRejections.WrongSession },
        { "expert e9",    "SubmitScoreSheet", AccessRejections.NotAMember },
        { "expert e2@wz", "SubmitScoreSheet", AccessRejections.NotAMember },
        { "anonymous",    "SubmitScoreSheet", AccessRejections.Unauthenticated },
        { "anonymous",    "CheckIn",         AccessRejections.Unauthenticated },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public void each_principal_may_send_only_its_commands(string principal, string command, string answer)
    {
        var rejection = Rules.MayCommand(Principal(principal), "s-1", Session, CommandType(command));

        Assert.Equal(answer, rejection?.Code ?? Allowed);
    }

    [Theory]
    [InlineData("host.hz", Allowed)]
    [InlineData("staff.nb", Allowed)]
    [InlineData("staff.sh", AccessRejections.NotInSession)]
    [InlineData("coordinator", Allowed)]
    [InlineData("supervisor", Allowed)]
    [InlineData("auditor", Allowed)]
    [InlineData("admin", AccessRejections.WrongRole)]
    [InlineData("expert e2", Allowed)]
    [InlineData("expert e2 of s-2", AccessRejections.WrongSession)]
    [InlineData("anonymous", AccessRejections.Unauthenticated)]
    public void who_may_read_the_session(string principal, string answer)
    {
        Assert.Equal(answer, Rules.MayRead(Principal(principal), "s-1", Session)?.Code ?? Allowed);
    }

    [Fact]
    public void an_expert_token_commands_nothing_once_the_session_is_closed()
    {
        var closed = Session with { Phase = SessionPhase.Closed };

        Assert.Equal(AccessRejections.SessionClosed, Rules.MayCommand(Principal("expert e2"), "s-1", closed, typeof(SignReport))?.Code);
    }

    [Fact]
    public void host_staff_may_schedule_a_session_that_does_not_exist_yet()
    {
        Assert.Null(Rules.MayCommand(Principal("host.hz"), "s-new", SessionState.Empty, typeof(ScheduleSession)));
        Assert.Equal(AccessRejections.WrongRole, Rules.MayCommand(Principal("staff.nb"), "s-new", SessionState.Empty, typeof(ScheduleSession))?.Code);
    }

    [Fact]
    public void the_actor_of_a_principal_carries_its_role_person_and_centre()
    {
        Assert.Equal(new Actor(ActorRole.HostStaff, "host.hz", "site-hz"), Rules.ActorOf(Principal("host.hz"), Session));
        Assert.Equal(new Actor(ActorRole.SiteStaff, "host.nb", "site-nb"), Rules.ActorOf(Principal("host.nb"), Session));
        Assert.Equal(new Actor(ActorRole.Expert, "e2", "site-nb"), Rules.ActorOf(Principal("expert e2"), Session));
        Assert.Null(Rules.ActorOf(Principal("admin"), Session));
        Assert.Null(Rules.ActorOf(Principal("anonymous"), Session));
    }

    /// <summary>
    /// The table the server refuses by must say what the domain's role guard says, for every command and every role:
    /// the domain checks the role first, so on an empty session a wrong role is always <c>session.wrong_role</c>.
    /// </summary>
    [Fact]
    public void the_command_table_agrees_with_the_domains_role_guard_for_every_command_and_role()
    {
        var commands = SampleCommands.Typical();
        Assert.Equal(SessionCommandRoles.Commands.ToHashSet(), commands.Select(c => c.GetType()).ToHashSet());
        foreach (var command in commands)
        {
            foreach (var role in Enum.GetValues<ActorRole>())
            {
                var asRole = SampleCommands.As(command, new Actor(role, "someone", "site-hz"));
                var domainAllows = SessionDecider.Decide(SessionState.Empty, asRole, DateTimeOffset.UnixEpoch).Rejection?.Code != SessionRejections.WrongRole;

                Assert.True(
                    domainAllows == SessionCommandRoles.For(command.GetType()).Contains(role),
                    $"{command.GetType().Name} by {role}: the domain {(domainAllows ? "allows" : "refuses")} it, the table does not agree.");
            }
        }
    }

    private static Type CommandType(string name) => name switch
    {
        "OpenScoring" => typeof(OpenScoring),
        "CheckIn" => typeof(CheckIn),
        "SubmitScoreSheet" => typeof(SubmitScoreSheet),
        "LinkRemoteSite" => typeof(LinkRemoteSite),
        "DeclareConflict" => typeof(DeclareConflict),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    private static ClaimsPrincipal Principal(string who) => who switch
    {
        "host.hz" => Staff("host.hz", RoleNames.HostStaff, "site-hz"),
        "host.nb" => Staff("host.nb", RoleNames.HostStaff, "site-nb"),
        "host.sh" => Staff("host.sh", RoleNames.HostStaff, "site-sh"),
        "staff.nb" => Staff("staff.nb", RoleNames.SiteStaff, "site-nb"),
        "staff.sh" => Staff("staff.sh", RoleNames.SiteStaff, "site-sh"),
        "coordinator" => Staff("coordinator", RoleNames.Coordinator, null),
        "supervisor" => Staff("supervisor", RoleNames.Supervisor, null),
        "auditor" => Staff("auditor", RoleNames.Auditor, null),
        "admin" => Staff("admin", RoleNames.Admin, null),
        "expert e2" => Expert("s-1", "e2", "site-nb"),
        "expert e2 of s-2" => Expert("s-2", "e2", "site-nb"),
        "expert e9" => Expert("s-1", "e9", "site-wz"),
        "expert e2@wz" => Expert("s-1", "e2", "site-wz"),
        "anonymous" => new ClaimsPrincipal(new ClaimsIdentity()),
        _ => throw new ArgumentOutOfRangeException(nameof(who), who, null),
    };

    private static ClaimsPrincipal Staff(string username, string role, string? site)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, username), new(ClaimTypes.Role, role), new(ReClaims.Kind, ReClaims.StaffKind) };
        if (site is not null)
        {
            claims.Add(new Claim(ReClaims.Site, site));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test", ClaimTypes.Name, ClaimTypes.Role));
    }

    private static ClaimsPrincipal Expert(string session, string expert, string site) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, expert), new Claim(ClaimTypes.Role, RoleNames.Expert), new Claim(ReClaims.Kind, ReClaims.ExpertKind),
            new Claim(ReClaims.Session, session), new Claim(ReClaims.Expert, expert), new Claim(ReClaims.Site, site),
        ],
        "test",
        ClaimTypes.Name,
        ClaimTypes.Role));
}
