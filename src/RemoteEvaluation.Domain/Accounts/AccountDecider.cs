namespace RemoteEvaluation.Domain.Accounts;

/// <summary>
/// The rules of a staff account (账号规则): who may create and change accounts, and what an account must name.
/// Passwords never reach the domain: the caller hashes them and, for a change by the account itself, verifies
/// the current one first.
/// </summary>
public sealed class AccountDecider : IDecider<AccountState, AccountCommand, AccountEvent>
{
    public static AccountState Initial => AccountState.Empty;

    public static Decision<AccountEvent> Decide(AccountState state, AccountCommand command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(command);
        if (command is CreateAccount create)
        {
            return Create(state, create, now);
        }

        if (!state.Exists)
        {
            return Decision<AccountEvent>.Reject(AccountRejections.NotFound, "There is no account under this username; create it first.");
        }

        return command switch
        {
            ChangePassword c => ChangePassword(state, c, now),
            DisableAccount c => Disable(state, c, now),
            EnableAccount c => Enable(state, c, now),
            AssignRole c => AssignRole(state, c, now),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Unknown account command."),
        };
    }

    public static AccountState Evolve(AccountState state, AccountEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(state);
        return recorded switch
        {
            AccountCreated e => state with
            {
                Username = e.Username,
                DisplayName = e.DisplayName,
                Role = e.Role,
                SiteId = e.SiteId,
                PasswordHash = e.PasswordHash,
                Status = AccountStatus.Active,
                CreatedAt = e.At,
                PasswordChangedAt = e.At,
            },
            PasswordChanged e => state with { PasswordHash = e.PasswordHash, PasswordChangedAt = e.At },
            AccountDisabled => state with { Status = AccountStatus.Disabled },
            AccountEnabled => state with { Status = AccountStatus.Active },
            RoleAssigned e => state with { Role = e.Role, SiteId = e.SiteId },
            _ => state,
        };
    }

    private static Decision<AccountEvent> Create(AccountState state, CreateAccount c, DateTimeOffset now)
    {
        if (NotManager(c.By, "create accounts") is { } refused)
        {
            return refused;
        }

        if (state.Exists)
        {
            return Decision<AccountEvent>.Reject(AccountRejections.AlreadyExists, $"The username {c.Username} is taken; choose another one.");
        }

        if (!Usernames.IsValid(c.Username))
        {
            return Decision<AccountEvent>.Reject(AccountRejections.UsernameInvalid, $"A username is {Usernames.Rule}.");
        }

        if (string.IsNullOrWhiteSpace(c.DisplayName))
        {
            return Decision<AccountEvent>.Reject(AccountRejections.DisplayNameRequired, "Give the account a display name (the person's name as colleagues know it).");
        }

        if (SiteMissing(c.Role, c.SiteId) is { } noSite)
        {
            return noSite;
        }

        if (string.IsNullOrWhiteSpace(c.PasswordHash))
        {
            return Decision<AccountEvent>.Reject(AccountRejections.PasswordHashRequired, "An account needs an initial password.");
        }

        return Decision<AccountEvent>.Accept(new AccountCreated(c.Username, c.DisplayName.Trim(), c.Role, Site(c.SiteId), c.PasswordHash, c.By.Username, now));
    }

    private static Decision<AccountEvent> ChangePassword(AccountState state, ChangePassword c, DateTimeOffset now)
    {
        var self = c.By.Username == state.Username;
        if (!self && !c.By.MayManage)
        {
            return Decision<AccountEvent>.Reject(AccountRejections.NotPermitted, "Only the account itself or an administrator can change this password.");
        }

        // An administrator changing their own password proves it like anyone else; a reset is for other accounts.
        if (self && !c.CurrentPasswordVerified)
        {
            return Decision<AccountEvent>.Reject(AccountRejections.CurrentPasswordWrong, "The current password is wrong; enter it again, or ask an administrator to reset the password.");
        }

        if (string.IsNullOrWhiteSpace(c.NewPasswordHash))
        {
            return Decision<AccountEvent>.Reject(AccountRejections.PasswordHashRequired, "Enter the new password.");
        }

        return Decision<AccountEvent>.Accept(new PasswordChanged(c.NewPasswordHash, c.By.Username, Reset: !self, now));
    }

    private static Decision<AccountEvent> Disable(AccountState state, DisableAccount c, DateTimeOffset now)
    {
        if (NotManager(c.By, "disable accounts") is { } refused)
        {
            return refused;
        }

        if (c.By.Username == state.Username)
        {
            return Decision<AccountEvent>.Reject(AccountRejections.CannotDisableSelf, "An administrator cannot disable their own account; ask another administrator.");
        }

        if (string.IsNullOrWhiteSpace(c.Reason))
        {
            return Decision<AccountEvent>.Reject(AccountRejections.ReasonRequired, "Say why the account is disabled; the reason is kept with the record.");
        }

        return state.Status == AccountStatus.Disabled
            ? Decision<AccountEvent>.Reject(AccountRejections.AlreadyDisabled, $"{state.Username} is already disabled.")
            : Decision<AccountEvent>.Accept(new AccountDisabled(c.Reason.Trim(), c.By.Username, now));
    }

    private static Decision<AccountEvent> Enable(AccountState state, EnableAccount c, DateTimeOffset now)
    {
        if (NotManager(c.By, "enable accounts") is { } refused)
        {
            return refused;
        }

        return state.Status == AccountStatus.Active
            ? Decision<AccountEvent>.Reject(AccountRejections.AlreadyActive, $"{state.Username} is already enabled.")
            : Decision<AccountEvent>.Accept(new AccountEnabled(c.By.Username, now));
    }

    private static Decision<AccountEvent> AssignRole(AccountState state, AssignRole c, DateTimeOffset now)
    {
        if (NotManager(c.By, "assign roles") is { } refused)
        {
            return refused;
        }

        if (c.By.Username == state.Username && c.Role != StaffRole.Admin)
        {
            return Decision<AccountEvent>.Reject(AccountRejections.CannotDemoteSelf, "An administrator cannot take away their own administrator role; ask another administrator.");
        }

        if (SiteMissing(c.Role, c.SiteId) is { } noSite)
        {
            return noSite;
        }

        var site = Site(c.SiteId);
        return state.Role == c.Role && state.SiteId == site
            ? Decision<AccountEvent>.Accept()
            : Decision<AccountEvent>.Accept(new RoleAssigned(c.Role, site, c.By.Username, now));
    }

    private static Rejection? NotManager(AccountRequester by, string what) =>
        by.MayManage ? null : new Rejection(AccountRejections.NotPermitted, $"Only an administrator can {what}.");

    private static Rejection? SiteMissing(StaffRole role, string? siteId) =>
        role.NeedsSite() && string.IsNullOrWhiteSpace(siteId)
            ? new Rejection(AccountRejections.SiteRequired, $"A {role} account belongs to one centre; give its site id.")
            : null;

    private static string? Site(string? siteId) => string.IsNullOrWhiteSpace(siteId) ? null : siteId.Trim();
}
