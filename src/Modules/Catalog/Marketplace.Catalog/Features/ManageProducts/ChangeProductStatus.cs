using Marketplace.Catalog.Contracts;
using Marketplace.Catalog.Data;
using Marketplace.Catalog.Domain;
using Marketplace.SharedKernel.Results;
using Mediator;

namespace Marketplace.Catalog.Features.ManageProducts;

/// <summary>Publishes, hides or returns a product to draft; the first publication tells the others through the outbox.</summary>
internal sealed class ChangeProductStatusHandler(CatalogDbContext db, ISender sender, TimeProvider clock)
    : ICommandHandler<ChangeProductStatusCommand, Result<ProductForEditing>>
{
    public async ValueTask<Result<ProductForEditing>> Handle(ChangeProductStatusCommand command, CancellationToken cancellationToken)
    {
        var product = await db.FindManagedAsync(sender, command.ProductId, command.ActorId, cancellationToken);
        if (product is null)
        {
            return ProductAccess.NotFound();
        }

        var now = clock.GetUtcNow();
        var status = command.Status switch
        {
            ProductState.Published => ProductStatus.Published,
            ProductState.Hidden => ProductStatus.Hidden,
            _ => ProductStatus.Draft,
        };
        var changed = product.ChangeStatus(status, now);
        if (!changed.IsSuccess)
        {
            return changed.Error!;
        }

        if (changed.Value)
        {
            db.AddIntegrationEvent(new ProductPublishedIntegrationEvent(Guid.NewGuid(), now, product.Id, product.CooperativeId, product.Name));
        }

        return await db.ForEditingAsync(product, clock, cancellationToken);
    }
}
