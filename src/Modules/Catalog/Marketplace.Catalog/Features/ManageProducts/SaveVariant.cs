using Marketplace.Catalog.Data;
using Marketplace.Catalog.Domain;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalog.Features.ManageProducts;

internal sealed class SaveVariantHandler(CatalogDbContext db, ISender sender, TimeProvider clock)
    : ICommandHandler<SaveVariantCommand, Result<ProductForEditing>>
{
    public async ValueTask<Result<ProductForEditing>> Handle(SaveVariantCommand command, CancellationToken cancellationToken)
    {
        var product = await db.FindManagedAsync(sender, command.ProductId, command.ActorId, cancellationToken);
        if (product is null)
        {
            return ProductAccess.NotFound();
        }

        var sku = string.IsNullOrWhiteSpace(command.Sku)
            ? product.Variants.SingleOrDefault(v => v.Id == command.VariantId)?.Sku ?? await NewSkuAsync(product, command, cancellationToken)
            : command.Sku.Trim().ToUpperInvariant();
        if (await db.Variants.AnyAsync(v => v.Sku == sku && v.Id != command.VariantId, cancellationToken))
        {
            return Error.FieldConflict("variant.sku_taken", nameof(command.Sku), Bilingual.Pick(
                $"Mã SKU {sku} đã được dùng cho sản phẩm khác.",
                $"The SKU {sku} is already used by another product."));
        }

        var box = command.KeepBox ? product.Variants.SingleOrDefault(v => v.Id == command.VariantId)?.Box : command.Box;
        var terms = new VariantTerms(
            sku, SaleUnitCodes.FromCode(command.Unit)!.Value, command.NetWeightGrams, command.PriceVnd, command.Stock, command.MinOrderQuantity,
            command.Tiers.Select(t => new VolumeTier(t.MinQuantity, t.PriceVnd)).ToList(), box);
        if (command.VariantId is null)
        {
            db.Variants.Add(product.AddVariant(VariantId.New(), terms));
        }
        else
        {
            var variant = product.Variants.SingleOrDefault(v => v.Id == command.VariantId);
            if (variant is null)
            {
                return ProductAccess.VariantNotFound();
            }

            // The version the person read: stock sold since then makes this a conflict, not a silent overwrite.
            db.Entry(variant).Property(v => v.Version).OriginalValue = command.Version ?? Guid.Empty;
            variant.Apply(terms);
            product.RecomputeFromPrice();
        }

        return await db.ForEditingAsync(product, clock, cancellationToken);
    }

    /// <summary>
    /// A person who keeps no codes of their own leaves the SKU blank: one is made from the
    /// cooperative, the product and the pack (<see cref="Skus"/>), the first that is free.
    /// </summary>
    private async Task<string> NewSkuAsync(Product product, SaveVariantCommand command, CancellationToken cancellationToken)
    {
        var seller = await db.Sellers.AsNoTracking().Where(s => s.CooperativeId == product.CooperativeId).Select(s => s.Slug).SingleAsync(cancellationToken);
        var baseSku = Skus.Base(seller, product.Name, SaleUnitCodes.FromCode(command.Unit)!.Value, command.NetWeightGrams);
        var taken = await db.Variants.AsNoTracking()
            .Where(v => v.Sku == baseSku || v.Sku.StartsWith(baseSku + "-"))
            .Select(v => v.Sku)
            .ToListAsync(cancellationToken);
        var added = db.ChangeTracker.Entries<Variant>().Select(e => e.Entity.Sku);
        var all = taken.Concat(added).ToHashSet(StringComparer.Ordinal);
        return Skus.FirstFree(baseSku, all.Contains, []);
    }
}
