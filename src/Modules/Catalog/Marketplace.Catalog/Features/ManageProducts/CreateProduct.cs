using Marketplace.Catalog.Data;
using Marketplace.Catalog.Domain;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Vietnam;
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

        var seller = await db.Sellers.FindAsync([command.CooperativeId], cancellationToken);
        if (seller is null)
        {
            return ProductAccess.SellerNotOpen();
        }

        var product = Product.Create(ProductId.New(), seller, text, clock.GetUtcNow());
        db.Products.Add(product);
        return ProductViews.ForEditing(product, [], clock.Today());
    }
}
