using FluentValidation;
using Marketplace.Catalog.Contracts;
using Marketplace.Catalog.Data;
using Marketplace.Catalog.Features.ManageProducts;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalog.Features.Lots;

/// <summary>
/// Recalls a lot, by its cooperative's people or an admin (the alliance answers to the food
/// safety authority too). The recall and the event that tells its buyers are saved together
/// (the outbox), so a recall is never recorded without its buyers being told.
/// </summary>
internal sealed class RecallLotHandler(CatalogDbContext db, ISender sender, TimeProvider clock) : ICommandHandler<RecallLotCommand, Result<LotView>>
{
    public async ValueTask<Result<LotView>> Handle(RecallLotCommand command, CancellationToken cancellationToken)
    {
        var code = command.Code.Trim().ToUpperInvariant();
        var found = await db.Lots
            .Where(l => l.Code == code && l.ProductId == command.ProductId)
            .Join(db.Products, l => l.ProductId, p => p.Id, (l, p) => new { Lot = l, p.Name })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null || !(command.ActorIsAdmin || await sender.ActsForAsync(found.Lot.CooperativeId, command.ActorId, cancellationToken)))
        {
            return LotErrors.NotFound(code);
        }

        var now = clock.GetUtcNow();
        var reason = command.Reason.Trim();
        var recalled = found.Lot.Recall(reason, now);
        if (!recalled.IsSuccess)
        {
            return recalled.Error!;
        }

        db.AddIntegrationEvent(new LotRecalledIntegrationEvent(
            Guid.NewGuid(), now, found.Lot.Id, found.Lot.Code, found.Lot.ProductId, found.Lot.CooperativeId, found.Name, reason));
        return ProductViews.Lot(found.Lot);
    }
}

internal sealed class RecallLotValidator : AbstractValidator<RecallLotCommand>
{
    public RecallLotValidator()
    {
        RuleFor(c => c.Reason)
            .Must(r => !string.IsNullOrWhiteSpace(r))
            .WithMessage(_ => Bilingual.Pick(
                "Hãy ghi lý do thu hồi: mọi người mua lô này sẽ nhận được lý do.",
                "Give the reason for the recall: every buyer of the lot receives it."))
            .MaximumLength(1000);
    }
}
