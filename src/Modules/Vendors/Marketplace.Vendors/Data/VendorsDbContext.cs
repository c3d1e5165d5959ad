using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Web;
using Marketplace.Vendors.Domain;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Vendors.Data;

internal sealed class VendorsDbContext(DbContextOptions<VendorsDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "vendors";

    public override string Schema => SchemaName;

    public DbSet<Cooperative> Cooperatives => Set<Cooperative>();

    public DbSet<CooperativeMember> Members => Set<CooperativeMember>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Certificate> Certificates => Set<Certificate>();

    public DbSet<BusinessAccount> BusinessAccounts => Set<BusinessAccount>();

    public DbSet<Notice> Notices => Set<Notice>();

    public DbSet<NoticeDelivery> NoticeDeliveries => Set<NoticeDelivery>();

    public DbSet<NoticeSettings> NoticeSettings => Set<NoticeSettings>();

    public DbSet<SupportPerson> SupportPeople => Set<SupportPerson>();

    public DbSet<SupportGrant> SupportGrants => Set<SupportGrant>();

    public DbSet<ApplicationDraft> ApplicationDrafts => Set<ApplicationDraft>();

    public DbSet<Conversation> Conversations => Set<Conversation>();

    public DbSet<ConversationMessage> ConversationMessages => Set<ConversationMessage>();

    public DbSet<QuickReply> QuickReplies => Set<QuickReply>();

    /// <summary>The audit log: nobody edits or deletes an entry.</summary>
    protected override IReadOnlyCollection<Type> AppendOnly => [typeof(AuditEntry), typeof(ConversationMessage)];

    /// <summary>
    /// What the shopper's pages show of the cooperatives: their storefronts, standing and
    /// certificates. A change to either evicts every cached shopper page (a suspension at once,
    /// before the catalog hears of it and hides the products, which evicts them again).
    /// </summary>
    protected override IEnumerable<string> PagesChangedBy(IReadOnlySet<Type> changed) =>
        changed.Contains(typeof(Cooperative)) || changed.Contains(typeof(Certificate)) ? [ShopPages.Tag] : [];

    protected override IEnumerable<string> CachedReadsChangedBy(IReadOnlySet<Type> changed) =>
        changed.Contains(typeof(Certificate)) ? [VendorsCache.VerifiedCertificates] : [];

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Cooperative>(cooperative =>
        {
            cooperative.ToTable("cooperatives");
            cooperative.HasKey(c => c.Id);
            cooperative.Property(c => c.LegalName).HasMaxLength(200);
            cooperative.Property(c => c.RegistrationNumber).HasMaxLength(50);
            cooperative.Property(c => c.TaxCode).HasMaxLength(14);
            cooperative.Property(c => c.ActiveTaxCode).HasMaxLength(14);
            cooperative.HasIndex(c => c.ActiveTaxCode).IsUnique();
            cooperative.Property(c => c.ContactPerson).HasMaxLength(100);
            cooperative.Property(c => c.Phone).HasMaxLength(20);
            cooperative.Property(c => c.Email).HasMaxLength(256);
            cooperative.Property(c => c.OwnerEmail).HasMaxLength(256);
            cooperative.Property(c => c.Culture).HasMaxLength(5);
            cooperative.Property(c => c.Name).HasMaxLength(200);
            cooperative.Property(c => c.Slug).HasMaxLength(200);
            cooperative.HasIndex(c => c.Slug).IsUnique();
            cooperative.Property(c => c.SearchName).HasMaxLength(200);
            cooperative.Property(c => c.Province).HasMaxLength(100);
            cooperative.Property(c => c.Commune).HasMaxLength(100);
            cooperative.Property(c => c.Address).HasMaxLength(300);
            cooperative.Property(c => c.Tagline).HasMaxLength(300);
            cooperative.Property(c => c.Story).HasMaxLength(4000);
            cooperative.Property(c => c.StoryEnglish).HasMaxLength(4000);
            cooperative.Property(c => c.DecisionReason).HasMaxLength(1000);
            cooperative.Property(c => c.LogoKey).HasMaxLength(100);
            cooperative.Property(c => c.ShippingFeeVnd).HasDefaultValue(Cooperative.DefaultShippingFeeVnd);
            cooperative.Property(c => c.OwnDelivery).HasConversion<string>().HasMaxLength(20);
            cooperative.Property(c => c.BannerKey).HasMaxLength(100);
            cooperative.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
            cooperative.HasIndex(c => c.Status);
            cooperative.Property(c => c.Version).IsConcurrencyToken();
            cooperative.HasMany(c => c.Documents).WithOne().HasForeignKey(d => d.CooperativeId);
            cooperative.Navigation(c => c.Documents).UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        modelBuilder.Entity<ApplicationDocument>(document =>
        {
            document.ToTable("application_documents");
            document.HasKey(d => d.Id);
            document.Property(d => d.FileName).HasMaxLength(255);
            document.Property(d => d.ContentType).HasMaxLength(100);
            document.Property(d => d.StorageKey).HasMaxLength(100);
        });
        modelBuilder.Entity<CooperativeMember>(member =>
        {
            member.ToTable("members");
            member.HasKey(m => new { m.CooperativeId, m.Email });
            member.Property(m => m.Email).HasMaxLength(256);
            member.HasIndex(m => m.Email);
            member.HasIndex(m => m.UserId);
            member.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
        });
        modelBuilder.Entity<Certificate>(certificate =>
        {
            certificate.ToTable("certificates");
            certificate.HasKey(c => c.Id);
            certificate.HasOne<Cooperative>().WithMany().HasForeignKey(c => c.CooperativeId);
            certificate.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
            certificate.Property(c => c.Number).HasMaxLength(100);
            certificate.Property(c => c.Issuer).HasMaxLength(200);
            certificate.Property(c => c.FileName).HasMaxLength(255);
            certificate.Property(c => c.ContentType).HasMaxLength(100);
            certificate.Property(c => c.StorageKey).HasMaxLength(100);
            certificate.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
            certificate.Property(c => c.RejectionReason).HasMaxLength(1000);
            certificate.Property(c => c.ProductName).HasMaxLength(200);
            certificate.Property(c => c.Version).IsConcurrencyToken();
            certificate.HasIndex(c => new { c.CooperativeId, c.Status });
        });
        modelBuilder.Entity<BusinessAccount>(account =>
        {
            account.ToTable("business_accounts");
            account.HasKey(a => a.Id);
            account.Property(a => a.AccountEmail).HasMaxLength(256);
            account.HasIndex(a => a.AccountId);
            account.HasIndex(a => a.ActiveAccountId).IsUnique();
            account.Property(a => a.CompanyName).HasMaxLength(200);
            account.Property(a => a.TaxCode).HasMaxLength(14);
            account.Property(a => a.Address).HasMaxLength(300);
            account.Property(a => a.ContactPerson).HasMaxLength(100);
            account.Property(a => a.Phone).HasMaxLength(20);
            account.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
            account.HasIndex(a => a.Status);
            account.Property(a => a.DecisionReason).HasMaxLength(1000);
            account.Property(a => a.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<Notice>(notice =>
        {
            notice.ToTable("notices");
            notice.HasKey(n => n.Id);
            notice.Property(n => n.Kind).HasMaxLength(30);
            notice.Property(n => n.Title).HasMaxLength(200);
            notice.Property(n => n.Detail).HasMaxLength(1000);
            notice.Property(n => n.Link).HasMaxLength(300);
            notice.HasIndex(n => new { n.UserId, n.CreatedAt });
        });
        modelBuilder.Entity<NoticeDelivery>(delivery =>
        {
            delivery.ToTable("notice_deliveries");
            delivery.HasKey(d => d.Id);
            delivery.HasOne<Notice>().WithMany().HasForeignKey(d => d.NoticeId);
            delivery.Property(d => d.Channel).HasConversion<string>().HasMaxLength(10);
            delivery.Property(d => d.Status).HasConversion<string>().HasMaxLength(10);
            delivery.Property(d => d.Phone).HasMaxLength(20);
            delivery.Property(d => d.ProviderMessageId).HasMaxLength(100);
            delivery.Property(d => d.LastError).HasMaxLength(500);
            delivery.Property(d => d.Version).IsConcurrencyToken();
            delivery.HasIndex(d => new { d.Status, d.NextAttemptAt });
            delivery.HasIndex(d => d.ProviderMessageId);
        });
        modelBuilder.Entity<NoticeSettings>(settings =>
        {
            settings.ToTable("notice_settings");
            settings.HasKey(s => s.UserId);
            settings.Property(s => s.Phone).HasMaxLength(20);
        });
        modelBuilder.Entity<SupportPerson>(person =>
        {
            person.ToTable("support_people");
            person.HasKey(p => p.UserId);
            person.Property(p => p.Email).HasMaxLength(256);
            person.Property(p => p.Name).HasMaxLength(100);
        });
        modelBuilder.Entity<SupportGrant>(grant =>
        {
            grant.ToTable("support_grants");
            grant.HasKey(g => g.Id);
            grant.HasIndex(g => g.CooperativeId).IsUnique();
        });
        modelBuilder.Entity<ApplicationDraft>(draft =>
        {
            draft.ToTable("application_drafts");
            draft.HasKey(d => d.UserId);
            draft.Property(d => d.Fields).HasMaxLength(ApplicationDraft.MaxLength);
        });
        modelBuilder.Entity<Conversation>(conversation =>
        {
            conversation.ToTable("conversations");
            conversation.HasKey(c => c.Id);
            conversation.Property(c => c.Id).ValueGeneratedNever();
            conversation.Property(c => c.CustomerEmail).HasMaxLength(256);
            conversation.Property(c => c.CustomerName).HasMaxLength(256);
            conversation.Property(c => c.Culture).HasMaxLength(5);
            conversation.Property(c => c.Topic).HasConversion<string>().HasMaxLength(20);
            conversation.Property(c => c.Title).HasMaxLength(200);
            conversation.Property(c => c.ReportedBy).HasConversion<string>().HasMaxLength(20);
            conversation.Property(c => c.ReportReason).HasMaxLength(500);
            conversation.Property(c => c.Version).IsConcurrencyToken();
            conversation.HasMany(c => c.Messages).WithOne().HasForeignKey(m => m.ConversationId);
            // One conversation per customer, cooperative and thing asked about: asking again continues it.
            conversation.HasIndex(c => new { c.CooperativeId, c.CustomerId, c.Topic, c.TopicId }).IsUnique();
            conversation.HasIndex(c => new { c.CustomerId, c.LastMessageAt });
            conversation.HasIndex(c => new { c.CooperativeId, c.LastMessageAt });
            conversation.HasIndex(c => c.ReportedAt);
        });
        modelBuilder.Entity<ConversationMessage>(message =>
        {
            message.ToTable("conversation_messages");
            message.HasKey(m => m.Id);
            message.Property(m => m.Id).ValueGeneratedNever();
            message.Property(m => m.Side).HasConversion<string>().HasMaxLength(20);
            message.Property(m => m.AuthorName).HasMaxLength(256);
            message.Property(m => m.Text).HasMaxLength(ConversationMessage.MaxLength);
            message.HasIndex(m => new { m.ConversationId, m.SentAt });
            message.HasIndex(m => new { m.AuthorId, m.SentAt });
        });
        modelBuilder.Entity<QuickReply>(reply =>
        {
            reply.ToTable("quick_replies");
            reply.HasKey(q => q.Id);
            reply.Property(q => q.Id).ValueGeneratedNever();
            reply.Property(q => q.Title).HasMaxLength(QuickReply.TitleLength);
            reply.Property(q => q.Text).HasMaxLength(QuickReply.TextLength);
            reply.HasIndex(q => q.CooperativeId);
        });
        modelBuilder.Entity<AuditEntry>(entry =>
        {
            entry.ToTable("audit_entries");
            entry.HasKey(e => e.Id);
            entry.Property(e => e.ActorName).HasMaxLength(256);
            entry.Property(e => e.Action).HasMaxLength(50);
            entry.Property(e => e.SubjectType).HasMaxLength(50);
            entry.Property(e => e.SubjectName).HasMaxLength(200);
            entry.Property(e => e.Reason).HasMaxLength(1000);
            entry.Property(e => e.Before).HasMaxLength(50);
            entry.Property(e => e.After).HasMaxLength(50);
            entry.HasIndex(e => e.OccurredAt);
            entry.HasIndex(e => new { e.SubjectType, e.SubjectId });
        });
    }
}

internal static class VendorsCache
{
    /// <summary>Every verified certificate not yet expired when read: the badges of cards, searches and storefronts.</summary>
    public const string VerifiedCertificates = "vendors:verified-certificates";
}
