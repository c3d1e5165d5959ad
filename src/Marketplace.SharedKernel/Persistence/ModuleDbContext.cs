using Marketplace.SharedKernel.Messaging;
using Marketplace.SharedKernel.Outbox;
using Marketplace.SharedKernel.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

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

    public DbSet<JobLease> JobLeases => Set<JobLease>();

    /// <summary>
    /// The application's clock (the tests move it), or the system's for a context made outside the
    /// host (design-time tools, a test's own options): read, not injected, so that every way of
    /// making a module's context stays one constructor of its options.
    /// </summary>
    protected TimeProvider Clock =>
        this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<TimeProvider>()
        ?? TimeProvider.System;

    /// <summary>Entities only ever added (an audit log, a ledger): a change to or removal of one is a bug, never saved.</summary>
    protected virtual IReadOnlyCollection<Type> AppendOnly => [];

    /// <summary>The module's own append-only entities, and the changes to closed days every module with report rollups notes.</summary>
    private IReadOnlyCollection<Type> NeverChanged => field ??= [.. AppendOnly, typeof(ClosedDayChange)];

    /// <summary>
    /// The keys of the cached reads (HybridCache) that a change to entities of these types makes
    /// stale; <see cref="CachedReadsInvalidator"/> removes them once the change is saved.
    /// </summary>
    protected internal virtual IEnumerable<string> CachedReadsChangedBy(IReadOnlySet<Type> changed) => [];

    internal HashSet<string> StaleCachedReads { get; } = [];

    /// <summary>
    /// The tags of the cached shopper pages (<see cref="Web.ShopPages"/>) that a change to entities
    /// of these types makes stale; <see cref="CachedReadsInvalidator"/> evicts them once the change is saved.
    /// </summary>
    protected internal virtual IEnumerable<string> PagesChangedBy(IReadOnlySet<Type> changed) => [];

    /// <summary>
    /// Marks pages stale for a change no change tracker sees (a bulk UPDATE of stock): they are
    /// evicted with the next save, and again when the transaction commits.
    /// </summary>
    public void PagesChanged(IEnumerable<string> tags) => StalePages.UnionWith(tags);

    internal HashSet<string> StalePages { get; } = [];

    /// <summary>Whether the save under way adds messages to the outbox.</summary>
    internal bool OutboxWritten { get; set; }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var changed = ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Metadata.ClrType)
            .ToHashSet();
        if (changed.Count > 0)
        {
            StaleCachedReads.UnionWith(CachedReadsChangedBy(changed));
            StalePages.UnionWith(PagesChangedBy(changed));
        }

        // A message written (not a claim or a delivery noted): its dispatcher is woken once it is committed (OutboxWake).
        if (changed.Contains(typeof(OutboxMessage)) && ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added))
        {
            OutboxWritten = true;
        }

        if (changed.Overlaps(NeverChanged)
            && ChangeTracker.Entries()
                .FirstOrDefault(e => e.State is EntityState.Modified or EntityState.Deleted && NeverChanged.Contains(e.Metadata.ClrType)) is { } entry)
        {
            throw new InvalidOperationException(
                $"{entry.Metadata.ClrType.Name} entries are only ever added: reverse or supersede them instead of changing or deleting them.");
        }

        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// Whether this instance runs <paramref name="job"/> now: it holds the job's lease, or takes
    /// it (there is none yet, or its holder let it lapse), for <paramref name="term"/> from now.
    /// Of several instances asking at once, one gets it; the leader keeps it by asking again
    /// before it lapses. Saves only the lease: ask on a context of its own.
    /// </summary>
    public async Task<bool> TryLeadAsync(string job, string instance, TimeSpan term, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var lease = await JobLeases.SingleOrDefaultAsync(l => l.Job == job, cancellationToken);
        if (lease is null)
        {
            JobLeases.Add(new JobLease(job, instance, now + term));
        }
        else if (lease.Holder == instance || lease.Until <= now)
        {
            lease.Renew(instance, now + term);
        }
        else
        {
            return false;
        }

        try
        {
            await SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another instance inserted or renewed the lease since it was read (a duplicate key,
            // or a version that no longer matches): it leads.
            ChangeTracker.Clear();
            return false;
        }
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
            outbox.Property(m => m.ClaimedBy).HasMaxLength(JobLease.HolderLength);
            outbox.Property(m => m.Version).IsConcurrencyToken();
            outbox.Property(m => m.TraceParent).HasMaxLength(64);
            outbox.Ignore(m => m.EventName);
        });
        modelBuilder.Entity<ProcessedMessage>(processed =>
        {
            processed.ToTable("processed_messages");
            processed.HasKey(m => new { m.EventId, m.Handler });
            processed.Property(m => m.Handler).HasMaxLength(200);
        });
        modelBuilder.Entity<JobLease>(lease =>
        {
            lease.ToTable("job_leases");
            lease.HasKey(l => l.Job);
            lease.Property(l => l.Job).HasMaxLength(100);
            lease.Property(l => l.Holder).HasMaxLength(JobLease.HolderLength);
            lease.Property(l => l.Version).IsConcurrencyToken();
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
        else if (Database.IsPostgres())
        {
            PostgresConventions.StoreDateTimeOffsetsAsUtc(configurationBuilder);
        }
    }
}
