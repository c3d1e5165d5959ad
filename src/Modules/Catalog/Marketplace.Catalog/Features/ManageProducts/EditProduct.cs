using Marketplace.Catalog.Data;
using Marketplace.Catalog.Domain;
using Marketplace.SharedKernel.Results;
using Mediator;

namespace Marketplace.Catalog.Features.ManageProducts;

internal sealed class EditProductHandler(CatalogDbContext db, ISender sender, TimeProvider clock)
    : ICommandHandler<EditProductCommand, Result<ProductForEditing>>
{
    public async ValueTask<Result<ProductForEditing>> Handle(EditProductCommand command, CancellationToken cancellationToken)
    {
        var product = await db.FindManagedAsync(sender, command.ProductId, command.ActorId, cancellationToken);
        if (product is null)
        {
            return ProductAccess.NotFound();
        }

        var text = new ProductText(
            command.CategoryId, command.Name.Trim(), command.NameEnglish?.Trim(), command.Description.Trim(), command.DescriptionEnglish?.Trim());
        if (await ProductRules.CheckAsync(db, product.CooperativeId, product.Id, text, cancellationToken) is { } broken)
        {
            return broken;
        }

        product.Describe(text);
        return await db.ForEditingAsync(product, clock, cancellationToken);
    }
}
