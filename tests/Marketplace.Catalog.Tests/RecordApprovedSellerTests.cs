using Marketplace.Catalog.Data;
using Marketplace.Catalog.Features.RecordApprovedSeller;
using Marketplace.SharedKernel;
using Marketplace.Vendors.Contracts;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Marketplace.Catalog.Tests;

public sealed class RecordApprovedSellerTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));

    public RecordApprovedSellerTests() => _connection.Open();

    public void Dispose() => _connection.Dispose();

    private CatalogDbContext NewContext()
    {
        var db = new CatalogDbContext(new DbContextOptionsBuilder<CatalogDbContext>().UseSqlite(_connection).Options);
        db.Database.EnsureCreated();
        return db;
    }

    [Fact]
    public async Task ApprovedVendor_BecomesAnActiveSeller()
    {
        var approved = new VendorApprovedIntegrationEvent(
            Guid.NewGuid(), _clock.GetUtcNow(), CooperativeId.New(), "HTX Suối Giàng", "htx-suoi-giang", "Lào Cai", "owner@example.vn");
        await using (var db = NewContext())
        {
            await new RecordApprovedSellerHandler(db, _clock).Handle(approved, TestContext.Current.CancellationToken);
        }

        await using var reader = NewContext();
        var seller = await reader.Sellers.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(approved.CooperativeId, seller.CooperativeId);
        Assert.True(seller.IsActive);
        Assert.Equal("Lào Cai", seller.Province);
    }

    [Fact]
    public async Task TheSameEventDeliveredTwice_IsAppliedOnce()
    {
        var approved = new VendorApprovedIntegrationEvent(
            Guid.NewGuid(), _clock.GetUtcNow(), CooperativeId.New(), "HTX Thuận Phong", "htx-thuan-phong", "Cao Bằng", "owner@example.vn");
        for (var delivery = 0; delivery < 2; delivery++)
        {
            await using var db = NewContext();
            await new RecordApprovedSellerHandler(db, _clock).Handle(approved, TestContext.Current.CancellationToken);
        }

        await using var reader = NewContext();
        Assert.Equal(1, await reader.Sellers.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(1, await reader.ProcessedMessages.CountAsync(m => m.EventId == approved.EventId, TestContext.Current.CancellationToken));
    }
}
