using Marketplace.Catalog.Data;
using Marketplace.Catalog.Domain;
using Marketplace.Catalog.Features.ManageProducts;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalog.Features.Lots;

internal sealed class AddLotHandler(CatalogDbContext db, ISender sender, TimeProvider clock) : ICommandHandler<AddLotCommand, Result<LotView>>
{
    public async ValueTask<Result<LotView>> Handle(AddLotCommand command, CancellationToken cancellationToken)
    {
        var product = await db.FindManagedAsync(sender, command.ProductId, command.ActorId, cancellationToken);
        if (product is null)
        {
            return ProductAccess.NotFound();
        }

        var code = command.Code.Trim().ToUpperInvariant();
        if (await db.Lots.AnyAsync(l => l.Code == code, cancellationToken))
        {
            return Error.FieldConflict("lot.code_taken", nameof(command.Code), Bilingual.Pick(
                $"Mã lô {code} đã được dùng; mỗi lô cần một mã riêng trên toàn sàn.",
                $"The lot code {code} is already used; every lot needs its own code across the marketplace."));
        }

        var lot = new Lot(
            Guid.NewGuid(), product.Id, product.CooperativeId,
            new LotFacts(
                code,
                command.ProducedOn,
                command.ExpiresOn,
                command.Commune.Trim(),
                command.Province,
                command.Quantity,
                SaleUnitCodes.FromCode(command.QuantityUnit)!.Value,
                command.Notes?.Trim()),
            clock.GetUtcNow());
        db.Lots.Add(lot);
        return ProductViews.Lot(lot);
    }
}
