using Marketplace.Catalog.Data;
using Marketplace.Catalog.Domain;
using Marketplace.Ordering.Contracts;
using Marketplace.SharedKernel.Outbox;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Marketplace.Catalog.Features.Lots;

/// <summary>
/// The lot a pre-order window named becomes a lot of the catalog when its harvest is recorded:
/// produced that day, of the units harvested, where the cooperative's last lot of the product
/// was grown (else its province). From then on its page answers the QR code, the reservations'
/// orders ship from it, and a recall reaches their buyers. A lot the cooperative already
/// entered under that code is left as it is: what the cooperative wrote is the truth.
/// </summary>
internal sealed partial class LotFromHarvestHandler(CatalogDbContext db, TimeProvider clock, ILogger<LotFromHarvestHandler> logger)
    : INotificationHandler<HarvestRecordedIntegrationEvent>
{
    private const string HandlerName = "catalog.lot-from-harvest";

    public async ValueTask Handle(HarvestRecordedIntegrationEvent notification, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, HandlerName, clock, async () =>
        {
            var code = notification.LotCode.Trim().ToUpperInvariant();
            var productId = notification.ProductId;
            var existing = await db.Lots.AsNoTracking().Where(l => l.Code == code).Select(l => new { l.ProductId }).FirstOrDefaultAsync(cancellationToken);
            if (existing is not null)
            {
                if (existing.ProductId != productId)
                {
                    // Lot codes are one namespace across the marketplace: another product's lot has it, so this harvest is not traced.
                    LogCodeTaken(logger, code, notification.WindowId);
                }

                return;
            }

            if (!await db.Products.AnyAsync(p => p.Id == productId && p.CooperativeId == notification.CooperativeId, cancellationToken))
            {
                return;
            }

            var grown = await db.Lots.AsNoTracking().Where(l => l.ProductId == productId && l.Commune != string.Empty)
                .OrderByDescending(l => l.ProducedOn).Select(l => new { l.Commune, l.Province }).FirstOrDefaultAsync(cancellationToken);
            db.Lots.Add(new Lot(
                Guid.NewGuid(), productId, notification.CooperativeId,
                new LotFacts(
                    code,
                    notification.HarvestedOn,
                    null,
                    grown?.Commune ?? string.Empty,
                    grown?.Province ?? notification.Province,
                    notification.Harvested,
                    SaleUnitCodes.FromCode(notification.Unit) ?? SaleUnit.Kilogram,
                    null),
                clock.GetUtcNow()));
        }, cancellationToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The harvest of window {WindowId} names lot {Code}, which another product's lot has: not traced")]
    private static partial void LogCodeTaken(ILogger logger, string code, Guid windowId);
}
