using Marketplace.Catalog.Data;
using Marketplace.Catalog.Domain;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Mediator;

namespace Marketplace.Catalog.Features.ManageProducts;

internal sealed class CreateProductHandler(CatalogDbContext db, ISender sender, TimeProvider clock)
    : ICommandHandler<CreateProductCommand, Result<ProductForEditing>>
{
    public async ValueTask<Result<ProductForEditing>> Handle(CreateProductCommand command, CancellationToken cancellationToken)
    {
        if (!await sender.ActsForAsync(command.CooperativeId, command.ActorId, cancellationToken))
        {
            return ProductAccess.VendorNotFound();
        }

        var text = new ProductText(
            command.CategoryId, command.Name.Trim(), command.NameEnglish?.Trim(), command.Description.Trim(), command.DescriptionEnglish?.Trim());
        if (await ProductRules.CheckAsync(db, command.CooperativeId, null, text, cancellationToken) is { } broken)
        {
            return broken;
        }

        // The catalog hears of an approval through the outbox, a moment after it: until then the
        // cooperative has no storefront here to sell from (nor has one that was never approved).
        var seller = await db.Sellers.FindAsync([command.CooperativeId], cancellationToken);
        if (seller is null)
        {
            return Error.Rule("catalog.seller_unknown", Bilingual.Pick(
                "Gian hàng chưa được duyệt, hoặc vừa được duyệt và đang mở: hãy thử lại sau ít phút.",
                "The storefront is not approved yet, or was just approved and is opening: try again in a few minutes."));
        }

        var product = Product.Create(ProductId.New(), seller, text, clock.GetUtcNow());
        db.Products.Add(product);
        return ProductViews.ForEditing(product, []);
    }
}
