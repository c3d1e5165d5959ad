using Marketplace.Catalog.Domain;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Web;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalog.Data;

internal sealed class CatalogDbContext(DbContextOptions<CatalogDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "catalog";

    public override string Schema => SchemaName;

    public DbSet<Product> Products => Set<Product>();

    public DbSet<Variant> Variants => Set<Variant>();

    public DbSet<ProductImage> Images => Set<ProductImage>();

    public DbSet<Category> Categories => Set<Category>();

    public DbSet<CategoryProposal> CategoryProposals => Set<CategoryProposal>();

    public DbSet<Lot> Lots => Set<Lot>();

    public DbSet<Seller> Sellers => Set<Seller>();

    public DbSet<ModerationEntry> Moderation => Set<ModerationEntry>();

    public DbSet<Review> Reviews => Set<Review>();

    public DbSet<SearchSynonym> Synonyms => Set<SearchSynonym>();

    public DbSet<Campaign> Campaigns => Set<Campaign>();

    public DbSet<ProductFormerSlug> FormerSlugs => Set<ProductFormerSlug>();

    public DbSet<SavedProduct> SavedProducts => Set<SavedProduct>();

    public DbSet<FollowedCooperative> Follows => Set<FollowedCooperative>();

    public DbSet<FollowerNotice> FollowerNotices => Set<FollowerNotice>();

    /// <summary>Rows of the search index, read with provider-specific SQL (see ProductSearchIndex).</summary>
    public DbSet<SearchHit> SearchHits => Set<SearchHit>();

    /// <summary>The catalog's cached reads that a change to these entities makes stale.</summary>
    protected override IEnumerable<string> CachedReadsChangedBy(IReadOnlySet<Type> changed)
    {
        // A seller's new name, province or standing is copied onto its products by a bulk UPDATE
        // (SellerCopies), which no change tracker sees: the seller's own row, saved with it, stands for it.
        if (changed.Contains(typeof(Product)) || changed.Contains(typeof(Variant)) || changed.Contains(typeof(Seller)))
        {
            yield return CatalogCache.BrowseRows;
        }

        if (changed.Contains(typeof(Variant)))
        {
            yield return CatalogCache.SalePrices;
        }

        // Stock (a variant's) leaves the words the catalog names its products with alone; a product's
        // price edit does not, as the product row changes too, and costs one rebuild of the lexicon.
        if (changed.Contains(typeof(Product)) || changed.Contains(typeof(Seller)))
        {
            yield return CatalogCache.Lexicon;
        }

        if (changed.Contains(typeof(SearchSynonym)))
        {
            yield return CatalogCache.Synonyms;
        }

        if (changed.Contains(typeof(Category)))
        {
            yield return CatalogCache.Categories;
            yield return CatalogCache.Lexicon;
        }
    }

    /// <summary>
    /// What the shopper's pages show of the catalog: products, their variants, pictures, lots and
    /// reviews, the categories and the sellers' copies (a bulk UPDATE of those, SellerCopies, is
    /// saved with the seller's own row). A change to any of them evicts every cached shopper page;
    /// stock taken or returned by a bulk UPDATE evicts only the pages of its product (StockUpdates).
    /// </summary>
    protected override IEnumerable<string> PagesChangedBy(IReadOnlySet<Type> changed) =>
        changed.Overlaps(ShownToShoppers) ? [ShopPages.Tag] : [];

    private static readonly HashSet<Type> ShownToShoppers =
        [
            typeof(Product), typeof(Variant), typeof(ProductImage), typeof(Lot), typeof(Review), typeof(Category), typeof(Seller), typeof(SearchSynonym),
            typeof(Campaign), typeof(CampaignProduct),
        ];

    /// <summary>The moderation log is append-only: a change to or removal of an entry is a bug, never saved.</summary>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (ChangeTracker.Entries<ModerationEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("Moderation entries cannot be changed or deleted.");
        }

        return SaveNamedAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private async Task<int> SaveNamedAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        await this.NameChangedProductsAsync(cancellationToken);
        await KeepFormerSlugsAsync(cancellationToken);
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>A renamed product keeps its old address (see <see cref="ProductFormerSlug"/>), whatever command renamed it.</summary>
    private async Task KeepFormerSlugsAsync(CancellationToken cancellationToken)
    {
        var renamed = ChangeTracker.Entries<Product>()
            .Where(e => e.State == EntityState.Modified && e.Property(p => p.Slug).IsModified)
            .Select(e => (e.Entity, Former: e.Property(p => p.Slug).OriginalValue))
            .Where(r => r.Former.Length > 0 && r.Former != r.Entity.Slug)
            .ToList();
        foreach (var (product, former) in renamed)
        {
            if (await FormerSlugs.FindAsync([product.CooperativeId, former], cancellationToken) is { } kept)
            {
                kept.ProductId = product.Id;
            }
            else
            {
                FormerSlugs.Add(new ProductFormerSlug(product.CooperativeId, former, product.Id));
            }
        }
    }

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SavedProduct>(saved =>
        {
            saved.ToTable("saved_products");
            saved.HasKey(s => s.Id);
            saved.HasIndex(s => new { s.UserId, s.ProductId }).IsUnique();
            saved.HasIndex(s => s.ProductId); // the round: which saved products are sold out or back
            saved.Property(s => s.Email).HasMaxLength(256);
            saved.Property(s => s.Culture).HasMaxLength(5);
            saved.HasOne<Product>().WithMany().HasForeignKey(s => s.ProductId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<FollowedCooperative>(follow =>
        {
            follow.ToTable("followed_cooperatives");
            follow.HasKey(f => f.Id);
            follow.HasIndex(f => new { f.UserId, f.CooperativeId }).IsUnique();
            follow.HasIndex(f => f.CooperativeId); // a cooperative's followers, told of its pre-orders and campaigns
            follow.Property(f => f.Email).HasMaxLength(256);
            follow.Property(f => f.Culture).HasMaxLength(5);
        });
        modelBuilder.Entity<FollowerNotice>(notice =>
        {
            notice.ToTable("follower_notices");
            notice.HasKey(n => new { n.UserId, n.Subject });
            notice.Property(n => n.Subject).HasMaxLength(64);
        });
        modelBuilder.Entity<ProductFormerSlug>(former =>
        {
            former.ToTable("product_former_slugs");
            former.HasKey(f => new { f.CooperativeId, f.Slug });
            former.Property(f => f.Slug).HasMaxLength(200);
            former.HasOne<Product>().WithMany().HasForeignKey(f => f.ProductId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<CategoryProposal>(proposal =>
        {
            proposal.ToTable("category_proposals");
            proposal.HasKey(p => p.Id);
            proposal.Property(p => p.Name).HasMaxLength(100);
            proposal.Property(p => p.Note).HasMaxLength(500);
            proposal.Property(p => p.Reason).HasMaxLength(500);
            proposal.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
            proposal.HasIndex(p => new { p.Status, p.ProposedAt });
            proposal.HasIndex(p => p.CooperativeId);
        });
        modelBuilder.Entity<Campaign>(campaign =>
        {
            campaign.ToTable("campaigns");
            campaign.HasKey(c => c.Id);
            campaign.Property(c => c.Slug).HasMaxLength(Campaign.TitleLength);
            campaign.HasIndex(c => c.Slug).IsUnique();
            campaign.Property(c => c.Title).HasMaxLength(Campaign.TitleLength);
            campaign.Property(c => c.TitleEnglish).HasMaxLength(Campaign.TitleLength);
            campaign.Property(c => c.Description).HasMaxLength(Campaign.DescriptionLength);
            campaign.Property(c => c.DescriptionEnglish).HasMaxLength(Campaign.DescriptionLength);
            campaign.HasIndex(c => c.EndsOn);
            campaign.HasMany(c => c.Products).WithOne().HasForeignKey(p => p.CampaignId).OnDelete(DeleteBehavior.Cascade);
            campaign.Navigation(c => c.Products).HasField("_products");
        });
        modelBuilder.Entity<CampaignProduct>(chosen =>
        {
            chosen.ToTable("campaign_products");
            chosen.HasKey(p => new { p.CampaignId, p.ProductId });
            chosen.HasIndex(p => p.ProductId);
            chosen.HasOne<Product>().WithMany().HasForeignKey(p => p.ProductId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<SearchSynonym>(synonym =>
        {
            synonym.ToTable("search_synonyms");
            synonym.HasKey(s => s.Id);
            synonym.Property(s => s.Terms).HasMaxLength(SearchSynonym.TermsLength);
            synonym.Ignore(s => s.TermList);
        });
        modelBuilder.Entity<Category>(category =>
        {
            category.ToTable("categories");
            category.HasKey(c => c.Id);
            category.Property(c => c.Name).HasMaxLength(100);
            category.Property(c => c.NameEnglish).HasMaxLength(100);
            category.Property(c => c.Slug).HasMaxLength(100);
            category.HasIndex(c => c.Slug).IsUnique();
            category.HasOne<Category>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<Product>(product =>
        {
            product.ToTable("products");
            product.HasKey(p => p.Id);
            product.Property(p => p.Name).HasMaxLength(200);
            product.Property(p => p.NameEnglish).HasMaxLength(200);
            product.Property(p => p.Slug).HasMaxLength(200);
            product.HasIndex(p => new { p.CooperativeId, p.Slug }).IsUnique();
            product.Property(p => p.Description).HasMaxLength(4000);
            product.Property(p => p.DescriptionEnglish).HasMaxLength(4000);
            product.Property(p => p.SearchText).HasMaxLength(9000);
            product.Property(p => p.SearchName).HasMaxLength(Product.SearchNameLength);
            product.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
            product.Property(p => p.ModerationReason).HasMaxLength(1000);
            product.Property(p => p.Version).IsConcurrencyToken();
            product.Property(p => p.Province).HasMaxLength(100);
            product.Property(p => p.VendorSlug).HasMaxLength(200);
            product.HasIndex(p => new { p.Status, p.HiddenByAdmin, p.SellerActive, p.FromPriceVnd });
            product.HasIndex(p => p.CategoryId);
            product.HasOne<Category>().WithMany().HasForeignKey(p => p.CategoryId).OnDelete(DeleteBehavior.Restrict);
            product.HasMany(p => p.Variants).WithOne().HasForeignKey(v => v.ProductId);
            product.Navigation(p => p.Variants).UsePropertyAccessMode(PropertyAccessMode.Field);
            product.HasMany(p => p.Images).WithOne().HasForeignKey(i => i.ProductId);
            product.Navigation(p => p.Images).UsePropertyAccessMode(PropertyAccessMode.Field);
            product.Ignore(p => p.IsPublic);
        });
        modelBuilder.Entity<Variant>(variant =>
        {
            variant.ToTable("variants");
            variant.HasKey(v => v.Id);
            variant.Property(v => v.Sku).HasMaxLength(64);
            variant.HasIndex(v => v.Sku).IsUnique();
            variant.Property(v => v.Unit).HasConversion<string>().HasMaxLength(20);
            variant.Property(v => v.Version).IsConcurrencyToken();
            variant.OwnsMany(v => v.Tiers, tiers => tiers.ToJson());
            variant.Ignore(v => v.Box);
        });
        modelBuilder.Entity<ProductImage>(image =>
        {
            image.ToTable("product_images");
            image.HasKey(i => i.Id);
            image.Property(i => i.Key).HasMaxLength(100);
            image.Property(i => i.ThumbnailKey).HasMaxLength(100);
        });
        modelBuilder.Entity<Lot>(lot =>
        {
            lot.ToTable("lots");
            lot.HasKey(l => l.Id);
            lot.Property(l => l.Code).HasMaxLength(50);
            lot.HasIndex(l => l.Code).IsUnique();
            lot.HasIndex(l => l.ProductId);
            lot.Property(l => l.Commune).HasMaxLength(100);
            lot.Property(l => l.Province).HasMaxLength(100);
            lot.Property(l => l.QuantityUnit).HasConversion<string>().HasMaxLength(20);
            lot.Property(l => l.Notes).HasMaxLength(1000);
            lot.Property(l => l.RecallReason).HasMaxLength(1000);
            lot.HasOne<Product>().WithMany().HasForeignKey(l => l.ProductId);
        });
        modelBuilder.Entity<Seller>(seller =>
        {
            seller.ToTable("sellers");
            seller.HasKey(s => s.CooperativeId);
            seller.Property(s => s.Name).HasMaxLength(200);
            seller.Property(s => s.Slug).HasMaxLength(200);
            seller.Property(s => s.Province).HasMaxLength(100);
            seller.Ignore(s => s.Sells);
        });
        modelBuilder.Entity<Review>(review =>
        {
            review.ToTable("reviews");
            review.HasKey(r => r.Id);
            review.HasIndex(r => new { r.PartId, r.VariantId }).IsUnique();
            review.HasIndex(r => r.ProductId);
            review.HasIndex(r => r.ReviewerId);
            review.HasIndex(r => new { r.CooperativeId, r.WrittenAt }); // a cooperative's ratings in its report
            review.Property(r => r.ReviewerName).HasMaxLength(100);
            review.Property(r => r.Text).HasMaxLength(2000);
            review.Property(r => r.Reply).HasMaxLength(2000);
            review.Property(r => r.HiddenReason).HasMaxLength(1000);
            review.HasOne<Product>().WithMany().HasForeignKey(r => r.ProductId);
        });
        modelBuilder.Entity<ModerationEntry>(entry =>
        {
            entry.ToTable("moderation_entries");
            entry.HasKey(e => e.Id);
            entry.Property(e => e.ProductName).HasMaxLength(200);
            entry.Property(e => e.Action).HasMaxLength(50);
            entry.Property(e => e.Reason).HasMaxLength(1000);
            entry.Property(e => e.ActorName).HasMaxLength(256);
            entry.HasIndex(e => e.OccurredAt);
        });

        // Not a table of the model: the provider's search index, filled by triggers or a
        // generated column that the migrations create (see ProductSearchIndex).
        modelBuilder.Entity<SearchHit>(hit =>
        {
            hit.HasNoKey();
            hit.ToView(null);
            hit.ToTable((string?)null);
        });
    }
}

/// <summary>
/// A public product as search filters, counts and sorts it (and, for a text search, how well it
/// matched: higher is better), read with provider-specific SQL or from the products table.
/// </summary>
internal sealed class SearchHit
{
    public ProductId ProductId { get; set; }

    public double Rank { get; set; }

    public Guid CategoryId { get; set; }

    public CooperativeId CooperativeId { get; set; }

    public string Province { get; set; } = string.Empty;

    public string VendorSlug { get; set; } = string.Empty;

    public long FromPriceVnd { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string Slug { get; set; } = string.Empty;
}

/// <summary>
/// The catalog's hot reads, kept in the host's HybridCache (this instance's memory, and Redis when
/// several instances share it) and removed when the rows they come from change.
/// </summary>
internal static class CatalogCache
{
    /// <summary>Every public product's search row: browsing without words reads all of them.</summary>
    public const string BrowseRows = "catalog:browse-rows";

    /// <summary>What the products with a sale running sell for today, for search's price filter and sort (a sale changes no product row).</summary>
    public const string SalePrices = "catalog:sale-prices";

    /// <summary>The category tree, read by every search for its filter and its facet.</summary>
    public const string Categories = "catalog:categories";

    /// <summary>The admins' synonym groups, folded: every search with words reads them.</summary>
    public const string Synonyms = "catalog:synonyms";

    /// <summary>The words the catalog names its products with (<see cref="Features.SearchProducts.SearchLexicon"/>); this instance's memory only.</summary>
    public const string Lexicon = "catalog:lexicon";
}
