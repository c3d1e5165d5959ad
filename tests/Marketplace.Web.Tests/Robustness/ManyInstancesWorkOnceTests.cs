using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Features.Cart;
using Marketplace.Ordering.Features.PlaceOrder;
using Marketplace.Payments.Data;
using Marketplace.SharedKernel;
using Marketplace.Web.Tests.Infrastructure;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Robustness;

/// <summary>
/// Background work with two instances on one database (SQLite, then PostgreSQL): each outbox
/// message is delivered by one of them, and each timed job runs on one at a time.
/// </summary>
public sealed class ManyInstancesWorkOnceTests
{
    private const int Orders = 40;

    [Fact]
    public async Task EachOrderMail_GoesOutOnce_WhenTwoInstancesDispatchTheSameOutboxes()
    {
        await using var database = await MarketplaceFactory.SeededDatabaseAsync();
        await using var first = new HostOnDatabase(database, TimeSpan.FromMilliseconds(20));
        await first.InitializeAsync();
        await using var second = new HostOnDatabase(database, TimeSpan.FromMilliseconds(20));
        await second.InitializeAsync();
        var listing = await first.Listing().WithStock(Orders).BuildAsync();
        var run = Guid.NewGuid().ToString("N")[..8];

        for (var i = 0; i < Orders; i++)
        {
            var buyer = UserId.From(Guid.NewGuid());
            await using var scope = (i % 2 == 0 ? first : second).CreateScope();
            var sender = scope.ServiceProvider.GetRequiredService<ISender>();
            Assert.True((await sender.Send(new SetCartLineCommand(CartOwner.Person(buyer), listing.VariantId, 1, Add: true))).IsSuccess);
            var placed = await sender.Send(new PlaceOrderCommand(
                CartOwner.Person(buyer), buyer, $"hai-may-{run}-{i}@example.vn", Guid.NewGuid().ToString(),
                new DeliveryAddress("Khách", "0912345678", "Hà Nội", "phường Ba Đình", "1 Điện Biên Phủ"), null, PaymentMethod.CashOnDelivery, "vi"));
            Assert.True(placed.IsSuccess);
        }

        IReadOnlyList<string> Recipients() =>
            [.. new[] { first.MailFolder, second.MailFolder }
                .Where(Directory.Exists)
                .SelectMany(folder => Directory.GetFiles(folder, "*.eml"))
                .Select(File.ReadAllText)
                .SelectMany(mail => Enumerable.Range(0, Orders).Select(i => $"hai-may-{run}-{i}@").Where(to => mail.Contains(to, StringComparison.Ordinal)))];

        await People.EventuallyAsync(() => Task.FromResult(Recipients().Distinct().Count() == Orders), "every buyer's order mail");
        await Task.Delay(TimeSpan.FromSeconds(1)); // both dispatchers make dozens more passes meanwhile
        var sent = Recipients();
        Assert.Equal(Orders, sent.Count);
        Assert.Equal(Orders, sent.Distinct().Count());
    }

    [Fact]
    public async Task OneInstanceLeadsAJob_UntilItStopsRenewingItsLease()
    {
        await using var host = new MarketplaceFactory { OutboxEnabled = false };
        await host.InitializeAsync();
        var job = $"job-{Guid.NewGuid():N}";
        var term = TimeSpan.FromMinutes(1);
        var now = DateTimeOffset.UtcNow;

        async Task<bool> LeadsAsync(string instance, DateTimeOffset at)
        {
            await using var scope = host.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<PaymentsDbContext>().TryLeadAsync(job, instance, term, at, CancellationToken.None);
        }

        // Eight instances ask at the same moment for a job nobody leads yet: one gets it.
        var asked = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => LeadsAsync($"i{i}", now))));
        var leader = $"i{Array.IndexOf(asked, true)}";
        Assert.Equal(1, asked.Count(a => a));

        var other = leader == "i0" ? "i1" : "i0";
        Assert.False(await LeadsAsync(other, now.AddSeconds(30)));
        Assert.True(await LeadsAsync(leader, now.AddSeconds(50)));   // renewed until 1:50
        Assert.False(await LeadsAsync(other, now.AddSeconds(100)));
        Assert.True(await LeadsAsync(other, now.AddSeconds(111)));   // the leader stopped renewing
        Assert.False(await LeadsAsync(leader, now.AddSeconds(112)));
    }
}
