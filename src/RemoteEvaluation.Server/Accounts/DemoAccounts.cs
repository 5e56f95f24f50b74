using Microsoft.Extensions.Options;
using RemoteEvaluation.Domain.Accounts;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Server.Authorization;
using RemoteEvaluation.Storage.Hosting;

namespace RemoteEvaluation.Server.Accounts;

/// <summary>
/// Seeds one demo account of each role (演示账号) on the first start of an empty log, and prints the demo logins at
/// every start while seeding is on. The centres are those of the demo province: 杭州 <c>site-330100</c> (host),
/// 宁波 <c>site-330200</c> and 温州 <c>site-330300</c> (remote).
/// </summary>
internal sealed class DemoAccounts(
    AccountDirectory directory,
    Passwords passwords,
    IOptions<DemoOptions> demo,
    IOptions<StorageOptions> storage,
    ILogger<DemoAccounts> logger) : IHostedService
{
    public static readonly IReadOnlyList<(string Username, string DisplayName, StaffRole Role, string? SiteId)> Accounts =
    [
        ("admin", "系统管理员 Admin", StaffRole.Admin, null),
        ("coordinator", "省级协调员 Coordinator", StaffRole.Coordinator, null),
        ("supervisor", "行政监督 Supervisor", StaffRole.Supervisor, null),
        ("auditor", "审计 Auditor", StaffRole.Auditor, null),
        ("host.hz", "杭州主场 Host staff", StaffRole.HostStaff, "site-330100"),
        ("staff.nb", "宁波副场 Site staff", StaffRole.SiteStaff, "site-330200"),
        ("staff.wz", "温州副场 Site staff", StaffRole.SiteStaff, "site-330300"),
    ];

    /// <summary>On when <c>Demo:Seed</c> says so; unset means on for the embedded SQLite default only.</summary>
    public bool Enabled => demo.Value.Seed ?? storage.Value.Provider == StorageProvider.Sqlite;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!Enabled)
        {
            return;
        }

        if (!await directory.AnyAsync(cancellationToken))
        {
            await SeedAsync();
        }

        foreach (var (username, _, role, site) in Accounts)
        {
            if ((await directory.FindAsync(username))?.State is { IsActive: true })
            {
                var password = demo.Value.Password == DemoOptions.DefaultPassword ? DemoOptions.DefaultPassword : "(Demo:Password)";
                AccountsLog.DemoLogin(logger, username, RoleNames.Of(role), site ?? "province", password);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task SeedAsync()
    {
        var hash = passwords.Hash(demo.Value.Password);
        var created = 0;
        foreach (var (username, displayName, role, site) in Accounts)
        {
            // The command id makes a second node seeding at the same moment harmless.
            var result = await directory.ExecuteAsync(
                username, new CreateAccount(AccountRequester.System, username, displayName, role, site, hash), CommandContext.System($"demo-seed-{username}"));
            if (result.Rejection is { } rejected)
            {
                AccountsLog.DemoSeedRejected(logger, username, rejected.Code);
            }
            else if (!result.Duplicate)
            {
                created++;
            }
        }

        AccountsLog.DemoSeeded(logger, created);
    }
}
