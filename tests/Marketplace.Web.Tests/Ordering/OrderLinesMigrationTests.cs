using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Data;
using Marketplace.Ordering.Domain;
using Marketplace.SharedKernel;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Ordering;

/// <summary>
/// Lines of accepted quotes that held no stock were written with an empty Guid for their variant;
/// the migration <c>OrderLinesWithoutVariant</c> makes them null, on the database the suite runs on
/// (SQLite, then PostgreSQL), and leaves the lines that name a variant as they were. The line is
/// written as the old code wrote it, then Ordering goes down to before the migration and up again.
/// </summary>
public sealed class OrderLinesMigrationTests : IAsyncLifetime
{
    private const string Before = "CooperativeIdOneName";

    private static readonly DateTimeOffset Now = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

    // No dispatcher polling the outbox while Ordering's tables go back and forth.
    private readonly MarketplaceFactory _factory = new() { OutboxEnabled = false };

    public ValueTask InitializeAsync() => _factory.InitializeAsync();

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    [Fact]
    public async Task ALineSavedWithAnEmptyVariant_HasNoVariantAfterTheMigration_AndAgainAfterItsDown()
    {
        var held = VariantId.New();
        var partId = OrderPartId.New();

        await WithContextAsync(async db =>
        {
            var order = new Order(
                OrderId.New(), "DH-MIGRATE", UserId.From(Guid.NewGuid()), "mua@example.vn", "rfq-migrate",
                new Address("Đỗ Minh Anh", "+84912345678", "Huế", "phường Thuận Hóa", "3 Lê Lợi"),
                null, PaymentMethod.BankTransfer, "vi", Now);
            OrderLine[] lines =
            [
                new(VariantId.From(Guid.Empty), "RFQ-1", "Chè Shan Tuyết", "tấn", null, 6, 90_000_000),
                new(held, "SG-STCT-200", "Trà Shan Tuyết", "hộp", 200, 3, 350_000, StockQuantity: 3),
            ];
            order.Add(new OrderPart(partId, order.Id, CooperativeId.New(), "HTX Suối Giàng", lines, 0, cashOnDelivery: false, Now));
            db.Orders.Add(order);
            await db.SaveChangesAsync();
            await db.GetService<IMigrator>().MigrateAsync(Before);
        });

        await WithContextAsync(async db =>
        {
            await db.GetService<IMigrator>().MigrateAsync();
            var part = await db.Parts.AsNoTracking().SingleAsync(p => p.Id == partId);
            Assert.Null(part.Lines[0].VariantId);
            Assert.Equal(held, part.Lines[1].VariantId);
            Assert.Equal([new CancelledLine(held, 3)], part.StockToReturn());
        });

        await WithContextAsync(async db =>
        {
            await db.GetService<IMigrator>().MigrateAsync(Before);

            // Only the lines are read: columns added by later migrations are not there at this one.
            var lines = await db.Parts.AsNoTracking().Where(p => p.Id == partId).Select(p => p.Lines).SingleAsync();
            Assert.Equal(VariantId.From(Guid.Empty), lines[0].VariantId);
            Assert.Equal(held, lines[1].VariantId);
            await db.GetService<IMigrator>().MigrateAsync();
        });
    }

    private async Task WithContextAsync(Func<OrderingDbContext, Task> work)
    {
        await using var scope = _factory.CreateScope();
        await work(scope.ServiceProvider.GetRequiredService<OrderingDbContext>());
    }
}
