using Marketplace.Catalog.Data;
using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Data;
using Marketplace.Ordering.Domain;
using Marketplace.Ordering.Features.Cart;
using Marketplace.Payments.Data;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Persistence;
using Marketplace.Vendors.Data;
using Marketplace.Vendors.Domain;
using Marketplace.Web.Tests.Infrastructure;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Accounts;

/// <summary>
/// Orders, requests for quotation, carts, payments, reviews, a cooperative's people and business
/// accounts were kept by the person's e-mail; the migrations PeopleByAccount give each row the id
/// of the account with that e-mail. On a host's demo data (SQLite, then PostgreSQL): down to the
/// e-mail and up again, every row finds the same account, a row whose e-mail no account has is
/// nobody's, and an invitation to an address with no account stays an invitation.
/// </summary>
public sealed class PeopleByAccountMigrationTests : IAsyncLifetime
{
    private const string Migration = "_PeopleByAccount";

    // No dispatcher polling the outboxes while their tables go back and forth.
    private readonly MarketplaceFactory _factory = new() { OutboxEnabled = false };

    public ValueTask InitializeAsync() => _factory.InitializeAsync();

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    [Fact]
    public async Task EveryRow_FindsItsAccountAgain_AfterGoingBackToTheEmailAndForward()
    {
        var shopper = DemoPeople.IdOf("shopper1@example.vn");
        var orphan = OrderId.New();
        await using (var scope = _factory.CreateScope())
        {
            var variant = await scope.ServiceProvider.GetRequiredService<CatalogDbContext>().Variants.Select(v => v.Id).FirstAsync();
            Assert.True((await scope.ServiceProvider.GetRequiredService<ISender>()
                .Send(new SetCartLineCommand(CartOwner.Person(shopper), variant, 1, Add: true))).IsSuccess);
            var ordering = scope.ServiceProvider.GetRequiredService<OrderingDbContext>();
            ordering.Orders.Add(new Order(
                orphan, "HTX-ORPHAN", UserId.From(Guid.NewGuid()), "khong-tai-khoan@example.vn", "orphan",
                new Address("Đỗ Minh Anh", "+84912345678", "Huế", "phường Thuận Hóa", "3 Lê Lợi"), null, PaymentMethod.CashOnDelivery, "vi",
                DateTimeOffset.UtcNow));
            await ordering.SaveChangesAsync();
            var vendors = scope.ServiceProvider.GetRequiredService<VendorsDbContext>();
            vendors.Members.Add(new CooperativeMember(
                await vendors.Cooperatives.Select(c => c.Id).FirstAsync(), "moi-moi@example.vn", null, MemberRole.Staff, DateTimeOffset.UtcNow));
            await vendors.SaveChangesAsync();
        }

        var before = await SnapshotAsync();
        Assert.NotEmpty(before.Orders);
        Assert.NotEmpty(before.Requests);
        Assert.NotEmpty(before.Payments);
        Assert.NotEmpty(before.Reviews);
        Assert.Contains(CartOwner.Person(shopper).Key, before.Carts);
        Assert.DoesNotContain(UserId.None, before.Orders.Values);
        Assert.Contains(before.Members, m => m.Value is null);
        Assert.Contains(before.Members, m => m.Value == DemoPeople.IdOf("lienhe3@htx-demo.vn"));
        Assert.Contains(before.BusinessAccounts, a => a.Value == (DemoPeople.IdOf("muasi@example.vn"), DemoPeople.IdOf("muasi@example.vn")));

        await MigrateAsync(down: true);
        await MigrateAsync(down: false);

        var after = await SnapshotAsync();
        Assert.Equal(UserId.None, after.Orders[orphan]);
        Assert.Equal(Sorted(before.Orders.Where(o => o.Key != orphan)), Sorted(after.Orders.Where(o => o.Key != orphan)));
        Assert.Equal(Sorted(before.Requests), Sorted(after.Requests));
        Assert.Equal(before.Carts.Order(), after.Carts.Order());
        Assert.Equal(Sorted(before.Payments), Sorted(after.Payments));
        Assert.Equal(Sorted(before.Reviews), Sorted(after.Reviews));
        Assert.Equal(Sorted(before.Members), Sorted(after.Members));
        Assert.Equal(Sorted(before.BusinessAccounts), Sorted(after.BusinessAccounts));
    }

    /// <summary>By key: the rows come back in whatever order the database keeps them after an update.</summary>
    private static List<(string Key, TPerson Person)> Sorted<TKey, TPerson>(IEnumerable<KeyValuePair<TKey, TPerson>> rows)
        where TKey : notnull =>
        rows.Select(r => (r.Key.ToString()!, r.Value)).OrderBy(r => r.Item1, StringComparer.Ordinal).ToList();

    private async Task MigrateAsync(bool down)
    {
        await using var scope = _factory.CreateScope();
        DbContext[] contexts =
        [
            scope.ServiceProvider.GetRequiredService<CatalogDbContext>(),
            scope.ServiceProvider.GetRequiredService<OrderingDbContext>(),
            scope.ServiceProvider.GetRequiredService<PaymentsDbContext>(),
            scope.ServiceProvider.GetRequiredService<VendorsDbContext>(),
        ];
        foreach (var db in contexts)
        {
            var all = db.Database.GetMigrations().ToList();
            var target = down ? all[all.FindIndex(m => m.EndsWith(Migration, StringComparison.Ordinal)) - 1] : null;
            await db.GetService<IMigrator>().MigrateAsync(target);
        }
    }

    private async Task<Snapshot> SnapshotAsync()
    {
        await using var scope = _factory.CreateScope();
        var ordering = scope.ServiceProvider.GetRequiredService<OrderingDbContext>();
        var payments = scope.ServiceProvider.GetRequiredService<PaymentsDbContext>();
        var catalog = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        var vendors = scope.ServiceProvider.GetRequiredService<VendorsDbContext>();
        return new Snapshot(
            await ordering.Orders.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.BuyerId),
            await ordering.QuoteRequests.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.BuyerId),
            await ordering.Carts.AsNoTracking().Select(c => c.OwnerKey).ToListAsync(),
            await payments.Payments.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.BuyerId),
            await catalog.Reviews.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.ReviewerId),
            await vendors.Members.AsNoTracking().ToDictionaryAsync(m => $"{m.CooperativeId}/{m.Email}", m => m.UserId),
            await vendors.BusinessAccounts.AsNoTracking().ToDictionaryAsync(a => a.Id, a => (a.AccountId, a.ActiveAccountId)));
    }

    private sealed record Snapshot(
        Dictionary<OrderId, UserId> Orders,
        Dictionary<Guid, UserId> Requests,
        List<string> Carts,
        Dictionary<Guid, UserId> Payments,
        Dictionary<Guid, UserId> Reviews,
        Dictionary<string, UserId?> Members,
        Dictionary<Guid, (UserId Account, UserId? Active)> BusinessAccounts);
}
