using Marketplace.Catalog.Data;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Outbox;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Data;
using Marketplace.Vendors.Domain;
using Marketplace.Vendors.Features.DecideCooperative;
using Marketplace.Web.Tests.Infrastructure;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests;

/// <summary>
/// The outbox through the real host: Vendors approves a cooperative, Catalog learns of it by a
/// VendorApproved notification, exactly as often as the change was committed: once.
/// </summary>
public sealed class OutboxTests
{
    private static async Task<CooperativeId> RegisterPendingAsync(MarketplaceFactory host, string name)
    {
        var application = new CooperativeApplication(
            name, "HTX-9/ĐK", TestTaxCodes.Next(), "Thái Nguyên", "xã Như Cố", "Thái Nguyên", "Người Thử", "0912345678", "thu@htx.vn", "", "vi");
        var cooperative = Cooperative.Apply(CooperativeId.New(), "thu@htx.vn", application, VietnameseText.Slugify(name), DateTimeOffset.UtcNow);
        await using var scope = host.CreateScope();
        var vendors = scope.ServiceProvider.GetRequiredService<VendorsDbContext>();
        vendors.Cooperatives.Add(cooperative);
        await vendors.SaveChangesAsync();
        return cooperative.Id;
    }

    private static DecideCooperativeCommand Approve(CooperativeId id) =>
        new(id, CooperativeDecision.Approve, null, UserId.From(Guid.NewGuid()), "admin@test");

    private static async Task<(int Sellers, int Processed, int Outbox)> CountsAsync(MarketplaceFactory host, CooperativeId cooperativeId)
    {
        await using var scope = host.CreateScope();
        var catalog = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        var vendors = scope.ServiceProvider.GetRequiredService<VendorsDbContext>();
        var outbox = await vendors.OutboxMessages.AsNoTracking().ToListAsync();
        var mine = outbox.Where(m => m.Type.Contains(nameof(VendorApprovedIntegrationEvent), StringComparison.Ordinal)
            && m.Payload.Contains(cooperativeId.ToString(), StringComparison.Ordinal)).ToList();
        var eventIds = mine.Select(m => m.Id).ToList();
        return (
            await catalog.Sellers.CountAsync(s => s.CooperativeId == cooperativeId),
            await catalog.ProcessedMessages.CountAsync(p => eventIds.Contains(p.EventId)),
            mine.Count);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting for the outbox");
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task ANotificationOfARolledBackTransaction_IsNeverDelivered()
    {
        await using var host = new MarketplaceFactory();
        await host.InitializeAsync();
        var cooperativeId = await RegisterPendingAsync(host, $"HTX Hoàn Tác {Guid.NewGuid():N}");

        await using (var scope = host.CreateScope())
        {
            var vendors = scope.ServiceProvider.GetRequiredService<VendorsDbContext>();
            await using var transaction = await vendors.Database.BeginTransactionAsync();
            var cooperative = await vendors.Cooperatives.SingleAsync(c => c.Id == cooperativeId);
            vendors.AddIntegrationEvent(cooperative.Decide(CooperativeDecision.Approve, null, DateTimeOffset.UtcNow).Value.Raised!);
            await vendors.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        // Two full dispatcher passes of our own, on top of the background ones.
        foreach (var outbox in host.Services.GetServices<IOutboxProcessor>())
        {
            await outbox.ProcessPendingAsync(CancellationToken.None);
            await outbox.ProcessPendingAsync(CancellationToken.None);
        }

        await Task.Delay(host.OutboxPollInterval * 5);
        Assert.Equal((0, 0, 0), await CountsAsync(host, cooperativeId));
    }

    [Fact]
    public async Task ACommandThatFails_LeavesNoNotificationBehind()
    {
        await using var host = new MarketplaceFactory();
        await host.InitializeAsync();
        var cooperativeId = await RegisterPendingAsync(host, $"HTX Hai Lần {Guid.NewGuid():N}");

        await using (var scope = host.CreateScope())
        {
            var sender = scope.ServiceProvider.GetRequiredService<ISender>();
            Assert.True((await sender.Send(Approve(cooperativeId))).IsSuccess);
            var second = await sender.Send(Approve(cooperativeId));
            Assert.Equal("cooperative.decision_not_allowed", second.Error!.Code);
        }

        await WaitUntilAsync(async () => (await CountsAsync(host, cooperativeId)).Processed == 1);
        await Task.Delay(host.OutboxPollInterval * 5);
        Assert.Equal((1, 1, 1), await CountsAsync(host, cooperativeId));
    }

    [Fact]
    public async Task AMessageThisInstanceCommits_WakesItsDispatcher_LongBeforeItWouldLookOnItsOwn()
    {
        await using var database = await MarketplaceFactory.SeededDatabaseAsync();

        // An hour between looks: after the first pass, only being woken delivers anything.
        await using var host = new HostOnDatabase(database, TimeSpan.FromHours(1));
        await host.InitializeAsync();
        var first = await RegisterPendingAsync(host, $"HTX Đánh Thức {Guid.NewGuid():N}");
        await using (var scope = host.CreateScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<ISender>().Send(Approve(first))).IsSuccess);
        }

        await WaitUntilAsync(async () => (await CountsAsync(host, first)).Sellers == 1);

        // Committed by a command (in its module's transaction), and by a save with no transaction of its own.
        var second = await RegisterPendingAsync(host, $"HTX Đánh Thức Lần Hai {Guid.NewGuid():N}");
        await using (var scope = host.CreateScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<ISender>().Send(Approve(second))).IsSuccess);
        }

        await WaitUntilAsync(async () => (await CountsAsync(host, second)).Sellers == 1);
        var third = await RegisterPendingAsync(host, $"HTX Đánh Thức Lần Ba {Guid.NewGuid():N}");
        await using (var scope = host.CreateScope())
        {
            var vendors = scope.ServiceProvider.GetRequiredService<VendorsDbContext>();
            var cooperative = await vendors.Cooperatives.SingleAsync(c => c.Id == third);
            vendors.AddIntegrationEvent(cooperative.Decide(CooperativeDecision.Approve, null, DateTimeOffset.UtcNow).Value.Raised!);
            await vendors.SaveChangesAsync();
        }

        await WaitUntilAsync(async () => (await CountsAsync(host, third)).Sellers == 1);
        Assert.Equal((1, 1, 1), await CountsAsync(host, third));
    }

    [Fact]
    public async Task ANotificationCommittedJustBeforeTheProcessStops_IsDeliveredOnceAfterTheNextStart()
    {
        await using var database = await MarketplaceFactory.SeededDatabaseAsync();
        CooperativeId cooperativeId;

        // First life: the process stops before its dispatcher gets to the message (it never runs,
        // so no pass can race the commit on a slow machine).
        await using (var first = new HostOnDatabase(database, TimeSpan.FromHours(1)) { OutboxEnabled = false })
        {
            await first.InitializeAsync();
            cooperativeId = await RegisterPendingAsync(first, $"HTX Khởi Động Lại {Guid.NewGuid():N}");
            await using var scope = first.CreateScope();
            var approved = await scope.ServiceProvider.GetRequiredService<ISender>().Send(Approve(cooperativeId));
            Assert.True(approved.IsSuccess);
            Assert.Equal((0, 0, 1), await CountsAsync(first, cooperativeId));
        }

        // Second life on the same database: the message waiting in the outbox goes out, once.
        await using var second = new HostOnDatabase(database, TimeSpan.FromMilliseconds(100));
        await second.InitializeAsync();
        await WaitUntilAsync(async () => (await CountsAsync(second, cooperativeId)).Sellers == 1);
        await Task.Delay(second.OutboxPollInterval * 10);

        Assert.Equal((1, 1, 1), await CountsAsync(second, cooperativeId));
        await using var check = second.CreateScope();
        var message = (await check.ServiceProvider.GetRequiredService<VendorsDbContext>().OutboxMessages.AsNoTracking().ToListAsync())
            .Single(m => m.Type.Contains(nameof(VendorApprovedIntegrationEvent), StringComparison.Ordinal)
                && m.Payload.Contains(cooperativeId.ToString(), StringComparison.Ordinal));
        Assert.NotNull(message.ProcessedAt);
        Assert.Equal(1, message.Attempts);
    }
}
