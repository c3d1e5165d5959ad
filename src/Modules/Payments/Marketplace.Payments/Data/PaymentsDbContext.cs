using Marketplace.Payments.Domain;
using Marketplace.Payments.Features.Reports;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Reports;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.SharedKernel.Web;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Payments.Data;

internal sealed class PaymentsDbContext(DbContextOptions<PaymentsDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "payments";

    public override string Schema => SchemaName;

    public DbSet<Payment> Payments => Set<Payment>();

    public DbSet<WalletGiveBack> WalletGiveBacks => Set<WalletGiveBack>();

    public DbSet<Refund> Refunds => Set<Refund>();

    public DbSet<LedgerEntry> Ledger => Set<LedgerEntry>();

    public DbSet<CommissionRate> CommissionRates => Set<CommissionRate>();

    public DbSet<CommissionRule> CommissionRules => Set<CommissionRule>();

    public DbSet<CommissionLine> CommissionLines => Set<CommissionLine>();

    public DbSet<StripeEventRecord> StripeEvents => Set<StripeEventRecord>();

    public DbSet<PayoutAccount> PayoutAccounts => Set<PayoutAccount>();

    public DbSet<PayoutBatch> PayoutBatches => Set<PayoutBatch>();

    public DbSet<MoneyRules> MoneyRules => Set<MoneyRules>();

    public DbSet<ExchangeRate> ExchangeRates => Set<ExchangeRate>();

    public DbSet<PartEarning> Earnings => Set<PartEarning>();

    public DbSet<PayInRequest> PayIns => Set<PayInRequest>();

    /// <summary>The ledger (an entry booked in error is reversed, never edited or deleted) and the exchange rates (a history).</summary>
    protected override IReadOnlyCollection<Type> AppendOnly => [typeof(LedgerEntry), typeof(ExchangeRate)];

    /// <summary>A new exchange rate changes the prices a visitor abroad reads on the shopper's pages.</summary>
    protected override IEnumerable<string> PagesChangedBy(IReadOnlySet<Type> changed) =>
        changed.Contains(typeof(ExchangeRate)) ? [ShopPages.Tag] : [];

    /// <summary>The rates in force, read by every page of a visitor who chose a second currency.</summary>
    protected override IEnumerable<string> CachedReadsChangedBy(IReadOnlySet<Type> changed) =>
        changed.Contains(typeof(ExchangeRate)) ? [PaymentsCache.ExchangeRates] : [];

    /// <summary>
    /// An entry the sales report sums, booked on a day already closed for its rollups (a cash
    /// collection noted after midnight, a refund dated when the provider made it), is noted as a
    /// change to that day in the same save, so the rollup of that day is summed again.
    /// </summary>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        NoteLateEntries();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        NoteLateEntries();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    private void NoteLateEntries() => this.NoteChangedDays(
        SalesFactsReader.Name,
        ChangeTracker.Entries<LedgerEntry>().Where(e => e.State == EntityState.Added && SalesFactsReader.Changes(e.Entity.Kind)).Select(e => e.Entity.Day),
        Clock.Today());

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDayRollups();
        modelBuilder.Entity<Payment>(payment =>
        {
            payment.ToTable("payments");
            payment.HasKey(p => p.Id);
            payment.HasIndex(p => p.OrderId).IsUnique();
            payment.Property(p => p.OrderNumber).HasMaxLength(30);
            payment.Property(p => p.BuyerEmail).HasMaxLength(256);
            payment.Property(p => p.Method).HasConversion<string>().HasMaxLength(20);
            payment.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
            payment.HasIndex(p => new { p.Status, p.DueBy });
            payment.Property(p => p.Reference).HasMaxLength(30);
            payment.Property(p => p.VoucherCode).HasMaxLength(32);
            payment.HasIndex(p => p.Reference).IsUnique();
            payment.Property(p => p.FailureMessage).HasMaxLength(500);
            payment.Property(p => p.StripePaymentIntentId).HasMaxLength(100);
            payment.HasIndex(p => p.StripePaymentIntentId);
            payment.Property(p => p.StripeClientSecret).HasMaxLength(200);
            payment.Property(p => p.WalletOrderId).HasMaxLength(50);
            payment.Property(p => p.WalletPayUrl).HasMaxLength(1000);
            payment.Ignore(p => p.LiveWalletPayUrl);
            payment.Property(p => p.Version).IsConcurrencyToken();
            payment.Ignore(p => p.RefundedVnd);
            payment.Ignore(p => p.IsPrepaid);
            payment.OwnsMany(p => p.Parts, parts =>
            {
                parts.ToJson();
                parts.Property(p => p.CooperativeId).HasJsonPropertyName(StoredNames.VendorId);
                parts.Ignore(p => p.CommissionVnd);
                parts.Ignore(p => p.DueVnd);
            });
        });
        modelBuilder.Entity<WalletGiveBack>(giveBack =>
        {
            giveBack.ToTable("wallet_give_backs");
            giveBack.HasKey(g => g.RefundId);
            giveBack.Property(g => g.RefundId).HasMaxLength(50);
            giveBack.Property(g => g.WalletOrderId).HasMaxLength(50);
            giveBack.Property(g => g.OrderNumber).HasMaxLength(30);
            giveBack.Property(g => g.LastError).HasMaxLength(500);
            giveBack.Property(g => g.WalletRefundId).HasMaxLength(100);
            giveBack.HasIndex(g => new { g.GivenBackAt, g.NextAttemptAt });
        });
        modelBuilder.Entity<Refund>(refund =>
        {
            refund.ToTable("refunds");
            refund.HasKey(r => r.Id);
            refund.HasIndex(r => r.OrderId);
            refund.Property(r => r.OrderNumber).HasMaxLength(30);
            refund.Property(r => r.VendorName).HasMaxLength(200);
            refund.Property(r => r.Method).HasConversion<string>().HasMaxLength(20);
            refund.Property(r => r.Reason).HasMaxLength(500);
            refund.Property(r => r.StripeRefundId).HasMaxLength(100);
            refund.Property(r => r.WalletRefundId).HasMaxLength(100);
            refund.Property(r => r.By).HasMaxLength(256);
        });
        modelBuilder.Entity<LedgerEntry>(entry =>
        {
            entry.ToTable("ledger_entries");
            entry.HasKey(e => e.Id);
            entry.HasIndex(e => new { e.CooperativeId, e.At });
            entry.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
            entry.Property(e => e.SourceKey).HasMaxLength(120);
            entry.HasIndex(e => e.SourceKey).IsUnique();
            entry.Property(e => e.Description).HasMaxLength(500);
            entry.Property(e => e.VendorName).HasMaxLength(200);
            entry.Property(e => e.OrderNumber).HasMaxLength(30);
            entry.HasIndex(e => e.PartId);
            // The sales report sums a span of days by kind and cooperative from this index alone.
            entry.HasIndex(e => new { e.Day, e.Kind, e.CooperativeId, e.AmountVnd });
        });
        modelBuilder.Entity<ExchangeRate>(rate =>
        {
            rate.ToTable("exchange_rates");
            rate.HasKey(r => r.Id);
            rate.HasIndex(r => new { r.Currency, r.SetAt });
            rate.Property(r => r.Currency).HasMaxLength(3);
            rate.Property(r => r.VndPerUnit).HasPrecision(18, 4);
            rate.Property(r => r.SetBy).HasMaxLength(256);
        });
        modelBuilder.Entity<MoneyRules>(rules =>
        {
            rules.ToTable("money_rules");
            rules.HasKey(r => r.Id);
            rules.HasIndex(r => r.EffectiveFrom);
            rules.Property(r => r.SetBy).HasMaxLength(256);
        });
        modelBuilder.Entity<PartEarning>(earning =>
        {
            earning.ToTable("part_earnings");
            earning.HasKey(e => e.PartId);
            earning.HasIndex(e => new { e.ReleasedAt, e.PayableFrom });
        });
        modelBuilder.Entity<PayInRequest>(request =>
        {
            request.ToTable("pay_in_requests");
            request.HasKey(r => r.Id);
            request.HasIndex(r => new { r.CooperativeId, r.Status });
            request.Property(r => r.VendorName).HasMaxLength(200);
            request.Property(r => r.Reference).HasMaxLength(30);
            request.HasIndex(r => r.Reference).IsUnique();
            request.Property(r => r.AskedBy).HasMaxLength(256);
            request.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            request.Property(r => r.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<CommissionRate>(rate =>
        {
            rate.ToTable("commission_rates");
            rate.HasKey(r => r.Id);
            rate.HasIndex(r => r.EffectiveFrom);
            rate.Property(r => r.SetBy).HasMaxLength(256);
        });
        modelBuilder.Entity<CommissionRule>(rule =>
        {
            rule.ToTable("commission_rules");
            rule.HasKey(r => r.Id);
            rule.HasIndex(r => new { r.From, r.Until });
            rule.Property(r => r.VendorName).HasMaxLength(200);
            rule.Property(r => r.Audience).HasConversion<string>().HasMaxLength(20);
            rule.Property(r => r.Note).HasMaxLength(200);
            rule.Property(r => r.CreatedBy).HasMaxLength(256);
            rule.Property(r => r.EndedBy).HasMaxLength(256);
        });
        modelBuilder.Entity<CommissionLine>(line =>
        {
            line.ToTable("commission_lines");
            line.HasKey(l => l.Id);
            line.HasIndex(l => l.OrderId);
            line.HasIndex(l => l.RuleId);
            line.Property(l => l.Sku).HasMaxLength(100);
        });
        modelBuilder.Entity<StripeEventRecord>(evt =>
        {
            evt.ToTable("stripe_events");
            evt.HasKey(e => e.EventId);
            evt.Property(e => e.EventId).HasMaxLength(100);
            evt.Property(e => e.Type).HasMaxLength(100);
        });
        modelBuilder.Entity<PayoutAccount>(account =>
        {
            account.ToTable("payout_accounts");
            account.HasKey(a => a.CooperativeId);
            account.Property(a => a.BankName).HasMaxLength(100);
            account.Property(a => a.AccountNumber).HasMaxLength(40);
            account.Property(a => a.AccountHolder).HasMaxLength(100);
            account.Property(a => a.Country).HasMaxLength(2);
            account.Property(a => a.StripeAccountId).HasMaxLength(100);
            account.Ignore(a => a.PaidByStripe);
        });
        modelBuilder.Entity<PayoutBatch>(batch =>
        {
            batch.ToTable("payout_batches");
            batch.HasKey(b => b.Id);
            batch.Property(b => b.Number).HasMaxLength(30);
            batch.HasIndex(b => b.Number).IsUnique();
            batch.Property(b => b.CreatedBy).HasMaxLength(256);
            batch.Property(b => b.Status).HasConversion<string>().HasMaxLength(20);
            batch.Property(b => b.Version).IsConcurrencyToken();
            batch.OwnsMany(b => b.Lines, lines =>
            {
                lines.ToJson();
                lines.Property(l => l.CooperativeId).HasJsonPropertyName(StoredNames.VendorId);
                lines.Property(l => l.Method).HasConversion<string>();
            });
        });
    }
}

internal static class PaymentsCache
{
    /// <summary>Each foreign currency's rate in force (<see cref="Domain.ExchangeRate"/>), none until set.</summary>
    public const string ExchangeRates = "payments:exchange-rates";
}
