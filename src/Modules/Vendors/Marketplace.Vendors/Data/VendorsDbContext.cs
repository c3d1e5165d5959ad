using Marketplace.SharedKernel.Persistence;
using Marketplace.Vendors.Domain;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Vendors.Data;

internal sealed class VendorsDbContext(DbContextOptions<VendorsDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "vendors";

    public override string Schema => SchemaName;

    public DbSet<Cooperative> Cooperatives => Set<Cooperative>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Cooperative>(cooperative =>
        {
            cooperative.ToTable("cooperatives");
            cooperative.HasKey(c => c.Id);
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
            cooperative.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        });
    }
}
