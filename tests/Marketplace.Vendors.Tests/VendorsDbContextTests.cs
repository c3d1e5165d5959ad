using Marketplace.Vendors.Data;
using Marketplace.Vendors.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Vendors.Tests;

public sealed class VendorsDbContextTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public VendorsDbContextTests() => _connection.Open();

    public void Dispose() => _connection.Dispose();

    private VendorsDbContext NewContext()
    {
        var db = new VendorsDbContext(new DbContextOptionsBuilder<VendorsDbContext>().UseSqlite(_connection).Options);
        db.Database.EnsureCreated();
        return db;
    }

    [Fact]
    public void OnSqlite_EveryTableCarriesTheModulePrefix()
    {
        using var db = NewContext();
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()!).ToList();
        Assert.Contains("vendors_cooperatives", tables);
        Assert.Contains("vendors_outbox_messages", tables);
        Assert.All(tables, t => Assert.StartsWith("vendors_", t, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Approval_AndItsOutboxMessage_AreSavedTogether()
    {
        var id = Guid.NewGuid();
        var now = DateTimeOffset.UtcNow;
        await using (var db = NewContext())
        {
            var cooperative = Cooperative.Register(id, new CooperativeProfile("HTX Thuận Phong", "Cao Bằng", "", "", "", "", null), now);
            db.Cooperatives.Add(cooperative);
            db.AddIntegrationEvent(cooperative.Approve(now));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using var reader = NewContext();
        var message = await reader.OutboxMessages.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Contains("VendorApprovedIntegrationEvent", message.Type, StringComparison.Ordinal);
        Assert.Contains(id.ToString(), message.Payload, StringComparison.Ordinal);
        Assert.Null(message.ProcessedAt);
    }

    [Fact]
    public async Task Slugs_AreUnique()
    {
        await using var db = NewContext();
        var profile = new CooperativeProfile("HTX Tân Hoàng Trà", "Thái Nguyên", "", "", "", "", null);
        db.Cooperatives.Add(Cooperative.Register(Guid.NewGuid(), profile, DateTimeOffset.UtcNow));
        db.Cooperatives.Add(Cooperative.Register(Guid.NewGuid(), profile, DateTimeOffset.UtcNow));
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));
    }
}
