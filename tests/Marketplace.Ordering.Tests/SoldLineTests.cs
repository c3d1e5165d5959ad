using System.Globalization;
using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Data;
using Marketplace.Ordering.Domain;
using Marketplace.Ordering.Features.Orders;
using Marketplace.SharedKernel;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Ordering.Tests;

/// <summary>The reports' rows: written with the order, marked when a part is cancelled, and written the same by the migration's SQL for older orders.</summary>
public sealed class SoldLineTests : IAsyncLifetime
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");

    private OrderingDbContext db = null!;

    public async ValueTask InitializeAsync()
    {
        await connection.OpenAsync();
        db = new OrderingDbContext(new DbContextOptionsBuilder<OrderingDbContext>().UseSqlite(connection).Options);
        await db.Database.EnsureCreatedAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await db.DisposeAsync();
        await connection.DisposeAsync();
    }

    private static Order Placed(string at, string province, PaymentMethod method, params OrderLine[][] parts)
    {
        var now = DateTimeOffset.Parse(at, CultureInfo.InvariantCulture);
        var order = new Order(
            OrderId.New(), Order.NewNumber(now), UserId.From(Guid.NewGuid()), "mua@example.vn", Guid.NewGuid().ToString(),
            new Address("Lò Thị Mai", "0912345678", province, "Phường Ba Đình", "12 Phố Đội Cấn"), null, method, "vi", now);
        foreach (var lines in parts)
        {
            order.Add(new OrderPart(
                OrderPartId.New(), order.Id, CooperativeId.New(), "HTX Suối Giàng", lines, 30_000, method == PaymentMethod.CashOnDelivery, now));
        }

        return order;
    }

    private static OrderLine Line(string sku, int quantity, long price, bool quoted = false) =>
        new(quoted ? null : VariantId.New(), sku, $"Chè {sku}", "hộp", 200, quantity, price);

    private async Task<List<string>> RowsAsync() =>
        [.. (await db.SoldLines.AsNoTracking().ToListAsync())
            .Select(l => string.Join('|', l.OrderId, l.PartId, l.CooperativeId, l.BuyerId, l.Day.ToString("O", CultureInfo.InvariantCulture), l.Province,
                l.PaymentMethod, l.VariantId, l.Sku, l.ProductName, l.Quantity, l.GoodsVnd, l.Cancelled))
            .Order(StringComparer.Ordinal)];

    [Fact]
    public async Task AnOrder_BringsARowPerLine_OnItsDayInVietnam_AndACancelledPartMarksItsOwn()
    {
        var late = Placed(
            "2026-12-03T17:30:00+00:00", "Hà Nội", PaymentMethod.Card, [Line("SG-01", 3, 180_000), Line("SG-02", 1, 95_000)], [Line("MC-1", 2, 250_000)]);
        var quoted = Placed("2026-12-04T09:00:00+07:00", "Lào Cai", PaymentMethod.BankTransfer, [Line("RFQ-1", 40, 61_000, quoted: true)]);
        db.Orders.AddRange(late, quoted);
        await db.SaveChangesAsync();

        var lines = await db.SoldLines.AsNoTracking().ToListAsync();
        Assert.Equal(4, lines.Count);
        Assert.All(lines, l => Assert.Equal(new DateOnly(2026, 12, 4), l.Day)); // 00:30 in Hà Nội
        Assert.Equal(3 * 180_000 + 95_000 + 2 * 250_000, lines.Where(l => l.OrderId == late.Id).Sum(l => l.GoodsVnd));
        Assert.Equal(PaymentMethod.BankTransfer, lines.Single(l => l.OrderId == quoted.Id).PaymentMethod);
        Assert.Null(lines.Single(l => l.OrderId == quoted.Id).VariantId);
        Assert.Equal("Lào Cai", lines.Single(l => l.OrderId == quoted.Id).Province);

        var first = late.Parts[0];
        Assert.True(first.Fulfil(FulfilmentAction.Cancel, null, null, "Hết hàng", DateTimeOffset.UtcNow).IsSuccess);
        await db.SaveChangesAsync();
        var after = await db.SoldLines.AsNoTracking().ToListAsync();
        Assert.Equal([first.Id, first.Id], after.Where(l => l.Cancelled).Select(l => l.PartId));
    }

    public static TheoryData<string> Instants() =>
    [
        "2026-12-03T16:59:59+00:00", // 23:59:59 in Hà Nội
        "2026-12-03T17:00:00+00:00", // midnight in Hà Nội
        "2026-12-03T09:00:00-08:00", // written from another offset
        "2026-01-01T00:00:00+07:00",
    ];

    [Theory]
    [MemberData(nameof(Instants))]
    public async Task TheBackfill_OnSqlite_WritesTheRowsTheOrdersWouldHave(string at)
    {
        var order = Placed(at, "Thành phố Hồ Chí Minh", PaymentMethod.CashOnDelivery, [Line("SG-01", 3, 180_000), Line("RFQ-2", 5, 40_000, quoted: true)],
            [Line("MC-1", 2, 250_000)]);
        db.Orders.Add(order);
        await db.SaveChangesAsync();
        order.Parts[1].Fulfil(FulfilmentAction.Cancel, null, null, "Khách đổi ý", DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
        var written = await RowsAsync();

        await db.SoldLines.ExecuteDeleteAsync();
        await db.Database.ExecuteSqlRawAsync(SoldLineBackfill.Sqlite);
        Assert.Equal(written, await RowsAsync());
        Assert.Equal(3, (await db.SoldLines.AsNoTracking().Select(l => l.Id).Distinct().ToListAsync()).Count);
    }
}
