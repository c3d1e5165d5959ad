using System.Globalization;
using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Data;
using Marketplace.Ordering.Domain;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Vietnam;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Ordering.Tests;

/// <summary>
/// On SQLite, a span of Vietnamese days (bounds at +07:00) finds the moments saved in UTC that fall
/// in it, and no others: SQLite compares the stored numbers, so every moment, bound or saved, is
/// written in UTC. A moment given with its own offset is the same instant once saved.
/// </summary>
public sealed class SqliteMomentsTests : IAsyncLifetime
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

    private static Order Placed(string at)
    {
        var moment = DateTimeOffset.Parse(at, CultureInfo.InvariantCulture);
        return new Order(
            OrderId.New(), Order.NewNumber(moment), UserId.From(Guid.NewGuid()), "mua@example.vn", Guid.NewGuid().ToString(),
            new Address("Lò Thị Mai", "0912345678", "Hà Nội", "Phường Ba Đình", "12 Phố Đội Cấn"), null, PaymentMethod.Card, "vi", moment);
    }

    [Fact]
    public async Task AVietnameseDay_FindsTheMomentsInIt_SavedInUtcOrWithTheirOwnOffset()
    {
        var orders = new[]
        {
            Placed("2026-12-04T16:59:59+00:00"), // 23:59:59 on 4 December in Vietnam
            Placed("2026-12-04T17:00:00+00:00"), // midnight beginning 5 December
            Placed("2026-12-05T06:30:00+07:00"), // a client's own offset: 5 December
            Placed("2026-12-05T16:30:00+00:00"), // 23:30 on 5 December
            Placed("2026-12-05T17:00:00+00:00"), // 6 December
        };
        db.Orders.AddRange(orders);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var day = new DateOnly(2026, 12, 5);
        var (start, end) = (VietnamTime.StartOf(day), VietnamTime.StartOf(day.AddDays(1)));
        var found = await db.Orders.AsNoTracking().Where(o => o.PlacedAt >= start && o.PlacedAt < end).Select(o => o.Id).ToListAsync();
        Assert.Equal(orders[1..4].Select(o => o.Id).Order(), found.Order());
        var kept = await db.Orders.AsNoTracking().SingleAsync(o => o.Id == orders[2].Id);
        Assert.Equal(orders[2].PlacedAt, kept.PlacedAt); // the same instant
        Assert.Equal(TimeSpan.Zero, kept.PlacedAt.Offset);
    }

    [Fact]
    public async Task AMomentKeptBeforeWithItsOwnOffset_IsRewrittenInUtc_ByTheMigrationsSql_AndThenFoundOnItsDay()
    {
        var order = Placed("2026-12-05T20:00:00+07:00"); // 8 pm on 5 December in Vietnam
        db.Orders.Add(order);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        // As EF Core's own converter wrote it before: the wall-clock time beside +07:00, which SQLite
        // compares as if it were 8 pm UTC, 3 am on 6 December in Vietnam.
        var old = (long)new Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter().ConvertToProvider(order.PlacedAt)!;
        await db.Database.ExecuteSqlAsync($"UPDATE ordering_orders SET PlacedAt = {old} WHERE Id = {order.Id.Value.ToString("D").ToUpperInvariant()}");
        async Task<bool> OnAsync(DateOnly day)
        {
            var (start, end) = (VietnamTime.StartOf(day), VietnamTime.StartOf(day.AddDays(1)));
            return await db.Orders.AnyAsync(o => o.PlacedAt >= start && o.PlacedAt < end);
        }

        Assert.True(await OnAsync(new DateOnly(2026, 12, 6)));

        await db.Database.ExecuteSqlRawAsync(Marketplace.SharedKernel.Persistence.SqliteMoments.ToUtc(db));

        Assert.False(await OnAsync(new DateOnly(2026, 12, 6)));
        Assert.True(await OnAsync(new DateOnly(2026, 12, 5)));
        var kept = await db.Orders.AsNoTracking().SingleAsync(o => o.Id == order.Id);
        Assert.Equal(order.PlacedAt, kept.PlacedAt);
        Assert.Equal(TimeSpan.Zero, kept.PlacedAt.Offset);
    }
}
