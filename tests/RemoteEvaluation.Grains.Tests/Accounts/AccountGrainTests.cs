using RemoteEvaluation.Domain.Accounts;
using RemoteEvaluation.Grains.Accounts;
using RemoteEvaluation.Grains.EventSourcing;

namespace RemoteEvaluation.Grains.Tests.Accounts;

public abstract class AccountGrainTests : GrainTest
{
    private static readonly AccountRequester Admin = new("admin", StaffRole.Admin);
    private Node node = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        node = NewNode();
    }

    [Fact]
    public async Task creating_an_account_records_it_under_its_username()
    {
        var account = node.Grains.GetGrain<IAccountGrain>("li.ming");

        var result = await account.ExecuteAsync(Create("li.ming"), new CommandContext("c-1", "admin"));

        Assert.Equal(CommandResult.Ok(1), result);
        var state = (await account.GetSnapshotAsync()).State;
        Assert.Equal(("li.ming", StaffRole.SiteStaff, "site-nb", AccountStatus.Active, "hash-1"), (state.Username, state.Role, state.SiteId, state.Status, state.PasswordHash));
        var stored = await StoredEventsAsync("account/li.ming");
        Assert.Equal("account.created", Assert.Single(stored).Type);
        Assert.Single(await Fixture.Store.ListStreamsAsync("account", cancellationToken: TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task creating_it_twice_is_refused_but_repeating_the_same_command_id_is_harmless()
    {
        var account = node.Grains.GetGrain<IAccountGrain>("li.ming");
        await account.ExecuteAsync(Create("li.ming"), new CommandContext("c-1"));

        var repeated = await account.ExecuteAsync(Create("li.ming"), new CommandContext("c-1"));
        var again = await account.ExecuteAsync(Create("li.ming"), new CommandContext("c-2"));

        Assert.True(repeated is { Accepted: true, Duplicate: true });
        Assert.Equal(AccountRejections.AlreadyExists, again.Rejection?.Code);
        Assert.Single(await StoredEventsAsync("account/li.ming"));
    }

    [Fact]
    public async Task only_an_admin_or_the_system_creates_accounts()
    {
        var byStaff = await node.Grains.GetGrain<IAccountGrain>("a.b").ExecuteAsync(
            Create("a.b") with { By = new AccountRequester("staff.nb", StaffRole.SiteStaff) }, new CommandContext("c-1"));
        var bySystem = await node.Grains.GetGrain<IAccountGrain>("c.d").ExecuteAsync(
            Create("c.d") with { By = AccountRequester.System }, CommandContext.System("seed-c.d"));

        Assert.Equal(AccountRejections.NotPermitted, byStaff.Rejection?.Code);
        Assert.True(bySystem.Accepted);
    }

    [Fact]
    public async Task a_disablement_on_one_node_is_seen_by_the_other_at_once()
    {
        await using var other = new Node(Fixture.Store, Fixture.Time);
        var here = node.Grains.GetGrain<IAccountGrain>("li.ming");
        var there = other.Grains.GetGrain<IAccountGrain>("li.ming");
        await here.ExecuteAsync(Create("li.ming"), new CommandContext("c-1"));
        Assert.True((await there.GetSnapshotAsync()).State.IsActive);

        await here.ExecuteAsync(new DisableAccount(Admin, "left"), new CommandContext("c-2"));

        Assert.Equal(AccountStatus.Disabled, (await there.GetSnapshotAsync()).State.Status);
    }

    [Fact]
    public async Task a_password_change_on_two_nodes_at_once_keeps_both_in_order()
    {
        await using var other = new Node(Fixture.Store, Fixture.Time);
        await node.Grains.GetGrain<IAccountGrain>("li.ming").ExecuteAsync(Create("li.ming"), new CommandContext("c-1"));
        var self = new AccountRequester("li.ming", StaffRole.SiteStaff);

        var results = await Task.WhenAll(
            node.Grains.GetGrain<IAccountGrain>("li.ming").ExecuteAsync(new ChangePassword(self, "hash-2", CurrentPasswordVerified: true), new CommandContext("c-2")),
            other.Grains.GetGrain<IAccountGrain>("li.ming").ExecuteAsync(new ChangePassword(Admin, "hash-3", CurrentPasswordVerified: false), new CommandContext("c-3")));

        Assert.All(results, r => Assert.True(r.Accepted));
        var last = results.MaxBy(r => r.Version)!;
        var expected = last == results[0] ? "hash-2" : "hash-3";
        Assert.Equal(expected, (await node.Grains.GetGrain<IAccountGrain>("li.ming").GetSnapshotAsync()).State.PasswordHash);
        Assert.True((await Fixture.Store.VerifyAsync("account/li.ming", TestContext.Current.CancellationToken)).IsIntact);
    }

    [Fact]
    public async Task the_recorded_events_carry_the_hash_and_never_a_password()
    {
        var account = node.Grains.GetGrain<IAccountGrain>("li.ming");
        await account.ExecuteAsync(Create("li.ming"), new CommandContext("c-1"));
        await account.ExecuteAsync(new ChangePassword(Admin, "hash-2", false), new CommandContext("c-2"));

        var stored = await StoredEventsAsync("account/li.ming");

        Assert.Equal(["account.created", "account.password_changed"], stored.Select(e => e.Type));
        var changed = System.Text.Encoding.UTF8.GetString(stored[1].Data.Span);
        Assert.Contains("\"passwordHash\":\"hash-2\"", changed, StringComparison.Ordinal);
        Assert.Contains("\"reset\":true", changed, StringComparison.Ordinal);
    }

    private static CreateAccount Create(string username) =>
        new(Admin, username, "李明", StaffRole.SiteStaff, "site-nb", "hash-1");
}

public sealed class AccountGrainTests_on_SQLite : AccountGrainTests
{
    protected override StoreVendor Vendor => StoreVendor.Sqlite;
}

public sealed class AccountGrainTests_on_PostgreSQL : AccountGrainTests
{
    protected override StoreVendor Vendor => StoreVendor.PostgreSql;
}
