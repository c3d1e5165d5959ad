using Marketplace.Catalog.Contracts;
using Marketplace.Catalog.Data;
using Marketplace.Catalog.Features.ManageProducts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalog.Features.NewProduct;

/// <summary>
/// A new draft made from a product: its category, texts and packs with their prices, each pack
/// with a new SKU and no stock. Pictures and harvest lots stay with the original: a lot is one
/// harvest of one product, and a copy usually differs in what its pictures would show.
/// </summary>
internal sealed record DuplicateProductCommand(ProductId ProductId, UserId ActorId)
    : ICommand<Result<ProductForEditing>>, IRunsIn<CatalogTransaction>;

internal sealed class DuplicateProductHandler(CatalogDbContext db, ISender sender) : ICommandHandler<DuplicateProductCommand, Result<ProductForEditing>>
{
    public async ValueTask<Result<ProductForEditing>> Handle(DuplicateProductCommand command, CancellationToken cancellationToken)
    {
        var original = await sender.Send(new GetProductForEditingQuery(command.ProductId, command.ActorId), cancellationToken);
        if (!original.IsSuccess)
        {
            return original;
        }

        var source = original.Value;
        var name = await FreeNameAsync(source, cancellationToken);
        var copy = await sender.Send(
            new CreateProductCommand(
                source.CooperativeId, command.ActorId, source.CategoryId, name, source.NameEnglish, source.Description, source.DescriptionEnglish),
            cancellationToken);
        foreach (var variant in source.Variants)
        {
            if (!copy.IsSuccess)
            {
                break;
            }

            await db.SaveChangesAsync(cancellationToken);
            copy = await sender.Send(
                new SaveVariantCommand(
                    copy.Value.ProductId, command.ActorId, null, null, string.Empty, variant.Unit, variant.NetWeightGrams, variant.Price.Amount, 0,
                    variant.MinOrderQuantity, [.. variant.Tiers.Select(t => new VolumeTierInput(t.MinQuantity, t.Price.Amount))],
                    variant.Box),
                cancellationToken);
        }

        return copy;
    }

    /// <summary>"Mắc ca (bản sao)", then "(bản sao 2)" …: a cooperative's product names are its storefront's addresses, one each.</summary>
    private async Task<string> FreeNameAsync(ProductForEditing source, CancellationToken cancellationToken)
    {
        var copyWord = Bilingual.Pick("bản sao", "copy");
        var names = await db.Products.AsNoTracking()
            .Where(p => p.CooperativeId == source.CooperativeId && p.Name.StartsWith(source.Name))
            .Select(p => p.Name)
            .ToListAsync(cancellationToken);
        var taken = names.Select(VietnameseText.Slugify).ToHashSet(StringComparer.Ordinal);
        for (var n = 1; ; n++)
        {
            var name = n == 1 ? $"{source.Name} ({copyWord})" : $"{source.Name} ({copyWord} {n})";
            if (!taken.Contains(VietnameseText.Slugify(name)))
            {
                return name;
            }
        }
    }
}
