using RemoteEvaluation.Domain.Accounts;

namespace RemoteEvaluation.Domain.Tests.Accounts;

public sealed class AccountRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly AccountRequester Admin = new("admin", StaffRole.Admin);

    [Theory]
    [InlineData("abc", true)]
    [InlineData("li.ming", true)]
    [InlineData("wang_fang-2", true)]
    [InlineData("a2345678901234567890123456789012", true)]
    [InlineData("ab", false)]
    [InlineData("a23456789012345678901234567890123", false)]
    [InlineData("Li.Ming", false)]
    [InlineData(".hidden", false)]
    [InlineData("li ming", false)]
    [InlineData("李明", false)]
    [InlineData("li.ming\n", false)]
    [InlineData("li/ming", false)]
    public void usernames_are_3_to_32_lower_case_letters_digits_dots_underscores_or_dashes(string username, bool valid)
    {
        Assert.Equal(valid, Usernames.IsValid(username));
    }

    [Fact]
    public void host_and_site_staff_need_a_centre_but_observers_do_not()
    {
        Assert.Equal(AccountRejections.SiteRequired, Create(StaffRole.HostStaff, null).Rejection?.Code);
        Assert.Equal(AccountRejections.SiteRequired, Create(StaffRole.SiteStaff, " ").Rejection?.Code);
        Assert.False(Create(StaffRole.Supervisor, null).IsRejected);
        Assert.False(Create(StaffRole.Admin, null).IsRejected);
    }

    [Fact]
    public void a_self_service_password_change_needs_the_verified_current_password()
    {
        var state = Created(StaffRole.SiteStaff, "site-nb");
        var self = new AccountRequester("li.ming", StaffRole.SiteStaff);

        Assert.Equal(AccountRejections.CurrentPasswordWrong, Decide(state, new ChangePassword(self, "h2", CurrentPasswordVerified: false)).Rejection?.Code);
        Assert.Equal(new PasswordChanged("h2", "li.ming", Reset: false, Now), Decide(state, new ChangePassword(self, "h2", true)).Events.Single());
    }

    [Fact]
    public void nobody_but_an_admin_changes_anothers_password_role_or_status()
    {
        var state = Created(StaffRole.SiteStaff, "site-nb");
        var colleague = new AccountRequester("wang.fang", StaffRole.HostStaff);

        Assert.Equal(AccountRejections.NotPermitted, Decide(state, new ChangePassword(colleague, "h2", true)).Rejection?.Code);
        Assert.Equal(AccountRejections.NotPermitted, Decide(state, new DisableAccount(colleague, "why")).Rejection?.Code);
        Assert.Equal(AccountRejections.NotPermitted, Decide(state, new AssignRole(colleague, StaffRole.Admin, null)).Rejection?.Code);
        Assert.Equal(new PasswordChanged("h2", "admin", Reset: true, Now), Decide(state, new ChangePassword(Admin, "h2", false)).Events.Single());
    }

    [Fact]
    public void an_admin_cannot_lock_themselves_out()
    {
        var admin = AccountDecider.Evolve(AccountState.Empty, new AccountCreated("admin", "Admin", StaffRole.Admin, null, "h", "system", Now));

        Assert.Equal(AccountRejections.CannotDisableSelf, Decide(admin, new DisableAccount(Admin, "tired")).Rejection?.Code);
        Assert.Equal(AccountRejections.CannotDemoteSelf, Decide(admin, new AssignRole(Admin, StaffRole.Auditor, null)).Rejection?.Code);
    }

    [Fact]
    public void disabling_needs_a_reason_and_happens_once()
    {
        var state = Created(StaffRole.Auditor, null);

        Assert.Equal(AccountRejections.ReasonRequired, Decide(state, new DisableAccount(Admin, " ")).Rejection?.Code);
        var disabled = AccountDecider.Evolve(state, Decide(state, new DisableAccount(Admin, "left")).Events.Single());
        Assert.Equal(AccountStatus.Disabled, disabled.Status);
        Assert.Equal(AccountRejections.AlreadyDisabled, Decide(disabled, new DisableAccount(Admin, "left")).Rejection?.Code);
        Assert.True(AccountDecider.Evolve(disabled, Decide(disabled, new EnableAccount(Admin)).Events.Single()).IsActive);
    }

    [Fact]
    public void commands_to_an_account_that_does_not_exist_are_refused()
    {
        Assert.Equal(AccountRejections.NotFound, Decide(AccountState.Empty, new EnableAccount(Admin)).Rejection?.Code);
    }

    [Fact]
    public void assigning_the_role_it_already_has_records_nothing()
    {
        var state = Created(StaffRole.SiteStaff, "site-nb");

        var same = Decide(state, new AssignRole(Admin, StaffRole.SiteStaff, "site-nb"));
        var moved = Decide(state, new AssignRole(Admin, StaffRole.HostStaff, "site-hz"));

        Assert.Empty(same.Events);
        Assert.False(same.IsRejected);
        Assert.Equal(new RoleAssigned(StaffRole.HostStaff, "site-hz", "admin", Now), moved.Events.Single());
    }

    [Fact]
    public void a_new_account_needs_a_free_valid_username_a_display_name_and_a_password_hash()
    {
        var taken = Created(StaffRole.Auditor, null);
        var create = new CreateAccount(Admin, "li.ming", "李明", StaffRole.Auditor, null, "h1");

        Assert.Equal(AccountRejections.AlreadyExists, Decide(taken, create).Rejection?.Code);
        Assert.Equal(AccountRejections.UsernameInvalid, Decide(AccountState.Empty, create with { Username = "LI" }).Rejection?.Code);
        Assert.Equal(AccountRejections.DisplayNameRequired, Decide(AccountState.Empty, create with { DisplayName = " " }).Rejection?.Code);
        Assert.Equal(AccountRejections.PasswordHashRequired, Decide(AccountState.Empty, create with { PasswordHash = "" }).Rejection?.Code);
    }

    [Fact]
    public void enabling_an_enabled_account_is_refused()
    {
        Assert.Equal(AccountRejections.AlreadyActive, Decide(Created(StaffRole.Auditor, null), new EnableAccount(Admin)).Rejection?.Code);
    }

    private static Decision<AccountEvent> Create(StaffRole role, string? site) =>
        Decide(AccountState.Empty, new CreateAccount(Admin, "li.ming", "李明", role, site, "h1"));

    private static AccountState Created(StaffRole role, string? site) =>
        AccountDecider.Evolve(AccountState.Empty, Create(role, site).Events.Single());

    private static Decision<AccountEvent> Decide(AccountState state, AccountCommand command) => AccountDecider.Decide(state, command, Now);
}
