using Marketplace.SharedKernel.Persistence;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Accounts;

/// <summary>
/// Identity's tables, the host's log of sent mails and the data-protection key ring (what signs
/// cookies, antiforgery and bearer tokens, shared by every instance), in the "accounts" schema (or
/// with the "accounts_" prefix on SQLite).
/// </summary>
public sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options)
    : IdentityDbContext<MarketplaceUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public const string SchemaName = "accounts";

    public DbSet<SentMail> SentMails => Set<SentMail>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        builder.Entity<MarketplaceUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(100);
            user.Property(u => u.PreferredCulture).HasMaxLength(10);
            user.HasIndex(u => u.CreatedAt); // the alliance's report of accounts opened in a span
        });
        builder.Entity<SentMail>(sent =>
        {
            sent.ToTable("sent_mails");
            sent.HasKey(m => m.MessageId);
            sent.Property(m => m.MessageId).HasMaxLength(300);
        });
        builder.Entity<DataProtectionKey>(key => key.ToTable("data_protection_keys"));
        ModuleNaming.Apply(builder, SchemaName, Database.IsSqlite());
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
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
