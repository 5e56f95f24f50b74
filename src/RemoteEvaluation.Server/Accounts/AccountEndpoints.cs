using System.Security.Claims;
using RemoteEvaluation.Domain.Accounts;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Server.Authorization;

namespace RemoteEvaluation.Server.Accounts;

/// <summary>Account administration (账号管理) under <c>/api/accounts</c>.</summary>
public static class AccountEndpoints
{
    public const string RoleInvalid = "account.role_invalid";

    /// <summary>The new password is shorter than <c>Auth:MinPasswordLength</c> (the domain never sees passwords).</summary>
    public const string PasswordTooShort = "account.password_too_short";

    public static RouteGroupBuilder MapAccountAdministration(this RouteGroupBuilder api)
    {
        var accounts = api.MapGroup("/accounts");
        accounts.MapGet("/", ListAsync).RequireAuthorization(Policies.AccountReaders);
        accounts.MapPost("/", CreateAsync).RequireAuthorization(Policies.Admin);
        accounts.MapPost("/{username}/password", ChangePasswordAsync).RequireAuthorization(Policies.Staff);
        accounts.MapPost("/{username}/disable", DisableAsync).RequireAuthorization(Policies.Admin);
        accounts.MapPost("/{username}/enable", EnableAsync).RequireAuthorization(Policies.Admin);
        accounts.MapPost("/{username}/role", AssignRoleAsync).RequireAuthorization(Policies.Admin);
        return api;
    }

    private static async Task<IResult> ListAsync(AccountDirectory directory, CancellationToken cancellationToken)
    {
        var list = new List<AccountView>();
        await foreach (var account in directory.ListAsync(cancellationToken))
        {
            list.Add(AccountView.Of(account));
        }

        return Results.Ok(list);
    }

    private static async Task<IResult> CreateAsync(CreateAccountRequest request, ClaimsPrincipal user, AccountDirectory directory, Passwords passwords)
    {
        if (RoleNames.StaffRoleOf(request.Role) is not { } role)
        {
            return RejectionResults.Problem(RoleInvalid, $"Role must be one of host_staff, site_staff, coordinator, supervisor, auditor, admin; not '{request.Role}'.", StatusCodes.Status400BadRequest);
        }

        if (passwords.Weakness(request.Password) is { } weak)
        {
            return RejectionResults.Problem(PasswordTooShort, weak, StatusCodes.Status400BadRequest);
        }

        var username = request.Username?.Trim() ?? string.Empty;
        if (!Usernames.IsValid(username))
        {
            return RejectionResults.Problem(AccountRejections.UsernameInvalid, $"A username is {Usernames.Rule}.", StatusCodes.Status400BadRequest);
        }

        var command = new CreateAccount(StaffPrincipal.Requester(user), username, request.DisplayName ?? string.Empty, role, request.SiteId, passwords.Hash(request.Password!));
        var result = await directory.ExecuteAsync(username, command, Context(user));
        if (result.Rejection is { } rejected)
        {
            return RejectionResults.Problem(rejected);
        }

        var created = (await directory.Grain(username).GetSnapshotAsync()).State;
        return Results.Created($"/api/accounts/{username}", AccountView.Of(created));
    }

    private static async Task<IResult> ChangePasswordAsync(
        string username, ChangePasswordRequest request, ClaimsPrincipal user, AccountDirectory directory, Passwords passwords)
    {
        var self = user.Identity?.Name == username;
        if (!self && !user.IsInRole(RoleNames.Admin))
        {
            return RejectionResults.Problem(AccountRejections.NotPermitted, "Only the account itself or an administrator can change this password.", StatusCodes.Status403Forbidden);
        }

        var account = await directory.FindAsync(username);
        if (account is null)
        {
            return RejectionResults.Problem(AccountRejections.NotFound, "There is no account under this username.", StatusCodes.Status404NotFound);
        }

        if (passwords.Weakness(request.NewPassword) is { } weak)
        {
            return RejectionResults.Problem(PasswordTooShort, weak, StatusCodes.Status400BadRequest);
        }

        // The current password is checked here, where it is known; the domain only learns whether it matched.
        var verified = self && passwords.Verify(account.State, request.CurrentPassword);
        var command = new ChangePassword(StaffPrincipal.Requester(user), passwords.Hash(request.NewPassword!), verified);
        return Answer(await directory.ExecuteAsync(username, command, Context(user)));
    }

    private static async Task<IResult> DisableAsync(string username, DisableRequest? request, ClaimsPrincipal user, AccountDirectory directory) =>
        await ExistingAsync(directory, username) ?? Answer(await directory.ExecuteAsync(username, new DisableAccount(StaffPrincipal.Requester(user), request?.Reason ?? string.Empty), Context(user)));

    private static async Task<IResult> EnableAsync(string username, ClaimsPrincipal user, AccountDirectory directory) =>
        await ExistingAsync(directory, username) ?? Answer(await directory.ExecuteAsync(username, new EnableAccount(StaffPrincipal.Requester(user)), Context(user)));

    private static async Task<IResult> AssignRoleAsync(string username, AssignRoleRequest request, ClaimsPrincipal user, AccountDirectory directory)
    {
        if (RoleNames.StaffRoleOf(request.Role) is not { } role)
        {
            return RejectionResults.Problem(RoleInvalid, $"Role must be one of host_staff, site_staff, coordinator, supervisor, auditor, admin; not '{request.Role}'.", StatusCodes.Status400BadRequest);
        }

        return await ExistingAsync(directory, username)
            ?? Answer(await directory.ExecuteAsync(username, new AssignRole(StaffPrincipal.Requester(user), role, request.SiteId), Context(user)));
    }

    private static async Task<IResult?> ExistingAsync(AccountDirectory directory, string username) =>
        await directory.FindAsync(username) is null
            ? RejectionResults.Problem(AccountRejections.NotFound, "There is no account under this username.", StatusCodes.Status404NotFound)
            : null;

    private static IResult Answer(CommandResult result) =>
        result.Rejection is { } rejected ? RejectionResults.Problem(rejected) : Results.NoContent();

    private static CommandContext Context(ClaimsPrincipal user) =>
        new($"http-{Guid.NewGuid():N}", user.Identity?.Name, user.FindFirstValue(ClaimTypes.Role), user.SiteOf());
}

/// <summary>An account as listed (no hash).</summary>
public sealed record AccountView(string Username, string DisplayName, string Role, string? SiteId, string Status)
{
    public static AccountView Of(AccountState account) =>
        new(account.Username!, account.DisplayName ?? account.Username!, RoleNames.Of(account.Role), account.SiteId, account.Status.ToString().ToLowerInvariant());
}

/// <summary>The body of <c>POST /api/accounts</c>; <see cref="Role"/> is a role name such as <c>site_staff</c>.</summary>
public sealed record CreateAccountRequest(string? Username, string? DisplayName, string? Role, string? SiteId, string? Password);

/// <summary>The body of <c>POST /api/accounts/{username}/password</c>; the current password is needed for one's own account.</summary>
public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

public sealed record DisableRequest(string? Reason);

public sealed record AssignRoleRequest(string? Role, string? SiteId);
