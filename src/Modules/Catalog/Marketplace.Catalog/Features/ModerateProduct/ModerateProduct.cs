using Marketplace.Catalog.Data;
using Marketplace.Catalog.Domain;
using Marketplace.Catalog.Features.ManageProducts;
using Marketplace.SharedKernel.Results;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalog.Features.ModerateProduct;

/// <summary>An admin hides a product with a reason, or restores it; one moderation entry each, in the same transaction.</summary>
internal sealed class ModerateProductHandler(CatalogDbContext db, ISender sender, TimeProvider clock)
    : ICommandHandler<ModerateProductCommand, Result<ProductForEditing>>,
      IQueryHandler<ListModerationQuery, IReadOnlyList<ModerationEntryView>>
{
    public async ValueTask<Result<ProductForEditing>> Handle(ModerateProductCommand command, CancellationToken cancellationToken)
    {
        var product = await db.Products.Include(p => p.Variants).Include(p => p.Images).SingleOrDefaultAsync(p => p.Id == command.ProductId, cancellationToken);
        if (product is null)
        {
            return ProductAccess.NotFound();
        }

        var reason = string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim();
        var moderated = product.Moderate(command.Hide, reason);
        if (!moderated.IsSuccess)
        {
            return moderated.Error!;
        }

        db.Moderation.Add(new ModerationEntry(
            Guid.NewGuid(), product.Id, product.Name, product.CooperativeId, command.Hide, reason, command.ActorUserId, command.ActorName, clock.GetUtcNow()));
        await sender.RecordAsync(
            command.ActorName, command.Hide ? CatalogAudit.ProductHidden : CatalogAudit.ProductRestored, "Product", product.Id.Value, product.Name, reason,
            command.Hide ? ("Visible", "Hidden") : ("Hidden", "Visible"), cancellationToken);
        return await db.ForEditingAsync(product, clock, cancellationToken);
    }

    public async ValueTask<IReadOnlyList<ModerationEntryView>> Handle(ListModerationQuery query, CancellationToken cancellationToken)
    {
        var entries = await db.Moderation.AsNoTracking().ToListAsync(cancellationToken);
        return entries.OrderByDescending(e => e.OccurredAt).Take(500)
            .Select(e => new ModerationEntryView(e.Id, e.OccurredAt, e.ActorName, e.Action, e.ProductId, e.ProductName, e.Reason))
            .ToList();
    }
}
