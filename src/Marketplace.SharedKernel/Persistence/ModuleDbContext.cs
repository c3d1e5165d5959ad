using Marketplace.SharedKernel.Messaging;
using Marketplace.SharedKernel.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.SharedKernel.Persistence;

/// <summary>
/// The base of every module's DbContext: the module's own outbox and processed-message tables,
/// and its tables kept apart from other modules' (a schema on PostgreSQL and SQL Server, a
/// table-name prefix on SQLite, which has no schemas).
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>The module's schema name, also its table prefix on SQLite.</summary>
    public abstract string Schema { get; }

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<ProcessedMessage> ProcessedMessages => Set<ProcessedMessage>();

    /// <summary>Entities only ever added (an audit log, a ledger): a change to or removal of one is a bug, never saved.</summary>
    protected virtual IReadOnlyCollection<Type> AppendOnly => [];

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (AppendOnly.Count > 0
            && ChangeTracker.Entries()
                .FirstOrDefault(e => e.State is EntityState.Modified or EntityState.Deleted && AppendOnly.Contains(e.Metadata.ClrType)) is { } entry)
        {
            throw new InvalidOperationException(
                $"{entry.Metadata.ClrType.Name} entries are only ever added: reverse or supersede them instead of changing or deleting them.");
        }

        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>Queues an integration event; it is saved by the same SaveChanges as the change itself.</summary>
    public void AddIntegrationEvent(IIntegrationEvent integrationEvent) =>
        OutboxMessages.Add(OutboxMessage.From(integrationEvent));

    protected abstract void ConfigureModule(ModelBuilder modelBuilder);

    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        ConfigureModule(modelBuilder);
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("outbox_messages");
            outbox.HasKey(m => m.Id);
            outbox.Property(m => m.Type).HasMaxLength(300);
            outbox.Property(m => m.LastError).HasMaxLength(2000);
            outbox.HasIndex(m => new { m.ProcessedAt, m.NextAttemptAt });
        });
        modelBuilder.Entity<ProcessedMessage>(processed =>
        {
            processed.ToTable("processed_messages");
            processed.HasKey(m => new { m.EventId, m.Handler });
            processed.Property(m => m.Handler).HasMaxLength(200);
        });
        ModuleNaming.Apply(modelBuilder, Schema, Database.IsSqlite());
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        TypedIdConventions.StoreAsGuids(configurationBuilder);
        if (Database.IsSqlite())
        {
            SqliteConventions.StoreDateTimeOffsetsAsTicks(configurationBuilder);
        }
    }
}
