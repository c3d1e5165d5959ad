using Marketplace.Catalog.Domain;
using Marketplace.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalog.Data;

internal sealed class CatalogDbContext(DbContextOptions<CatalogDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "catalog";

    public override string Schema => SchemaName;

    public DbSet<Product> Products => Set<Product>();

    public DbSet<Seller> Sellers => Set<Seller>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Product>(product =>
        {
            product.ToTable("products");
            product.HasKey(p => p.Id);
            product.Ignore(p => p.Price);
            product.Property(p => p.Name).HasMaxLength(200);
            product.Property(p => p.NameEnglish).HasMaxLength(200);
            product.Property(p => p.Slug).HasMaxLength(200);
            product.HasIndex(p => new { p.VendorId, p.Slug }).IsUnique();
            product.Property(p => p.SearchName).HasMaxLength(200);
            product.HasIndex(p => p.SearchName);
            product.Property(p => p.Description).HasMaxLength(4000);
            product.Property(p => p.Unit).HasConversion<string>().HasMaxLength(20);
        });
        modelBuilder.Entity<Seller>(seller =>
        {
            seller.ToTable("sellers");
            seller.HasKey(s => s.VendorId);
            seller.Property(s => s.Name).HasMaxLength(200);
            seller.Property(s => s.Slug).HasMaxLength(200);
            seller.Property(s => s.Province).HasMaxLength(100);
        });
    }
}
