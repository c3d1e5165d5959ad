using Marketplace.SharedKernel;
using Marketplace.Vendors.Data;
using Marketplace.Vendors.Domain;
using Marketplace.Vendors.Features.DecideCooperative;
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
        CooperativeId id;
        var now = DateTimeOffset.UtcNow;
        await using (var db = NewContext())
        {
            var cooperative = Builders.Pending("HTX Thuận Phong");
            id = cooperative.Id;
            db.Cooperatives.Add(cooperative);
            db.AddIntegrationEvent(cooperative.Decide(CooperativeDecision.Approve, null, now).Value.Raised!);
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
        db.Cooperatives.Add(Builders.Pending("HTX Tân Hoàng Trà", "4600789016"));
        db.Cooperatives.Add(Builders.Pending("HTX Tân Hoàng Trà", "4000567893"));
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ATaxCode_CountsOnceAtATime_ButMayApplyAgainAfterARejection()
    {
        await using var db = NewContext();
        var rejected = Builders.Pending("HTX Một", "4600789016");
        rejected.Decide(CooperativeDecision.Reject, "Thiếu giấy tờ", DateTimeOffset.UtcNow);
        db.Cooperatives.Add(rejected);
        db.Cooperatives.Add(Builders.Pending("HTX Hai", "4600789016"));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);

        db.Cooperatives.Add(Builders.Pending("HTX Ba", "4600789016"));
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AuditEntries_CannotBeChangedOrDeleted()
    {
        await using var db = NewContext();
        var entry = new AuditEntry(
            Guid.NewGuid(), DateTimeOffset.UtcNow, UserId.From(Guid.NewGuid()), "admin", "Approve", "Cooperative", Guid.NewGuid(), "HTX", null,
            "Pending", "Approved");
        db.AuditEntries.Add(entry);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);

        db.AuditEntries.Remove(entry);
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));
        db.ChangeTracker.Clear();
        Assert.Equal(1, await db.AuditEntries.CountAsync(TestContext.Current.CancellationToken));
    }
}
