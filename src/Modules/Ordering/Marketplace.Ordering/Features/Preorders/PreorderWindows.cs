using Marketplace.Catalog.Contracts;
using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Data;
using Marketplace.Ordering.Domain;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.SharedKernel.Web;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Ordering.Features.Preorders;

/// <summary>
/// The cooperative's side of its windows: it opens one on a variant of its own, records the
/// harvest (which shares it out by the window's rule) or calls the window off. Each change of a
/// window evicts its product's cached page, where the window shows.
/// </summary>
internal sealed class PreorderWindowsHandler(OrderingDbContext db, ISender sender, TimeProvider clock)
    : ICommandHandler<OpenPreorderWindowCommand, Result<PreorderWindowView>>,
      ICommandHandler<RecordHarvestCommand, Result<PreorderWindowDetails>>,
      ICommandHandler<CancelPreorderWindowCommand, Result<PreorderWindowDetails>>
{
    public async ValueTask<Result<PreorderWindowView>> Handle(OpenPreorderWindowCommand command, CancellationToken cancellationToken)
    {
        if (await sender.Send(new GetVendorStaffRoleQuery(command.CooperativeId, command.ActorId), cancellationToken) is null)
        {
            return CooperativeErrors.NotFound;
        }

        var variant = command.VariantId is { } variantId
            ? (await sender.Send(new GetProductsForCheckoutQuery([variantId]), cancellationToken)).SingleOrDefault()
            : null;
        if (variant is null || variant.CooperativeId != command.CooperativeId)
        {
            return Field(nameof(command.VariantId), Bilingual.Pick(
                "Hãy chọn một sản phẩm của hợp tác xã.", "Choose one of the cooperative's products."));
        }

        var today = clock.Today();
        if (command.ClosesOn < today)
        {
            return Field(nameof(command.ClosesOn), Bilingual.Pick(
                "Ngày đóng đặt trước đã qua: hãy chọn một ngày từ hôm nay.", "The closing date has passed: choose today or later."));
        }

        var code = command.LotCode.Trim().ToUpperInvariant();
        if (await db.PreorderWindows.AnyAsync(w => w.LotCode == code, cancellationToken))
        {
            return Error.FieldConflict("preorder.lot_taken", nameof(command.LotCode), Bilingual.Pick(
                $"Đã có một đợt đặt trước cho lô {code}.", $"A pre-order window for lot {code} already exists."));
        }

        // The harvest becomes a catalog lot of this code (LotFromHarvestHandler): another product's lot may not have it already.
        if (await sender.Send(new GetLotProductQuery(code), cancellationToken) is { } lotProduct && lotProduct != variant.ProductId)
        {
            return Error.FieldConflict("preorder.lot_taken", nameof(command.LotCode), Bilingual.Pick(
                $"Mã lô {code} đã là một lô của sản phẩm khác: mỗi lô cần một mã riêng trên toàn sàn.",
                $"The lot code {code} belongs to another product's lot: every lot needs its own code across the marketplace."));
        }

        var storefront = (await sender.Send(new ListStorefrontsQuery(), cancellationToken)).FirstOrDefault(s => s.CooperativeId == command.CooperativeId);
        var (vendorName, province) = storefront is null ? (variant.VendorName, string.Empty) : (storefront.Name, storefront.Province);
        var window = new PreorderWindow(
            Guid.NewGuid(),
            new PreorderFacts(
                variant.CooperativeId, vendorName, province, variant.ProductId, variant.VariantId, variant.Sku, variant.ProductName,
                variant.Unit, variant.GramsPerUnit),
            new PreorderTerms(
                code, command.OpensOn, command.ClosesOn, command.HarvestOn, command.Capacity, command.PriceVnd, command.DepositPercent,
                Enum.Parse<AllocationRule>(command.Rule, ignoreCase: true)),
            clock.GetUtcNow());
        db.PreorderWindows.Add(window);
        db.PagesChanged([ShopPages.ProductTag(window.ProductId.Value)]);
        db.AddIntegrationEvent(new PreorderWindowOpenedIntegrationEvent(
            Guid.NewGuid(), window.CreatedAt, window.Id, window.CooperativeId, window.VendorName, window.ProductName, window.LotCode,
            window.OpensOn, window.ClosesOn, window.HarvestOn, window.PriceVnd, window.Unit));
        return PreorderViews.Window(window, today);
    }

    public async ValueTask<Result<PreorderWindowDetails>> Handle(RecordHarvestCommand command, CancellationToken cancellationToken)
    {
        if (await ManagedAsync(command.CooperativeId, command.WindowId, command.ActorId, cancellationToken) is not { } window)
        {
            return PreorderErrors.NotFound();
        }

        var now = clock.GetUtcNow();
        var recorded = window.RecordHarvest(command.Harvested, now);
        if (!recorded.IsSuccess)
        {
            return recorded.Error!;
        }

        var reservations = await db.Reservations.Where(r => r.WindowId == window.Id).ToListAsync(cancellationToken);
        var open = reservations.Where(r => r.Open).ToList();
        foreach (var (id, units) in Allocation.Of(window.Rule, command.Harvested, open))
        {
            var reservation = open.Single(r => r.Id == id);
            reservation.Allocate(units, now);
            db.DepositChanged(reservation, window.VendorName, now);
        }

        db.AddIntegrationEvent(new PreorderSettled(Guid.NewGuid(), now, window.Id));
        if (command.Harvested > 0)
        {
            db.AddIntegrationEvent(new HarvestRecordedIntegrationEvent(
                Guid.NewGuid(), now, window.Id, window.CooperativeId, window.ProductId, window.LotCode, VietnamTime.DayOf(now), command.Harvested,
                window.Unit, window.Province));
        }

        db.PagesChanged([ShopPages.ProductTag(window.ProductId.Value)]);
        return Details(window, reservations);
    }

    public async ValueTask<Result<PreorderWindowDetails>> Handle(CancelPreorderWindowCommand command, CancellationToken cancellationToken)
    {
        if (await ManagedAsync(command.CooperativeId, command.WindowId, command.ActorId, cancellationToken) is not { } window)
        {
            return PreorderErrors.NotFound();
        }

        var now = clock.GetUtcNow();
        var cancelled = window.Cancel(command.Reason.Trim(), now);
        if (!cancelled.IsSuccess)
        {
            return cancelled.Error!;
        }

        var reservations = await db.Reservations.Where(r => r.WindowId == window.Id).ToListAsync(cancellationToken);
        foreach (var reservation in reservations.Where(r => r.Open))
        {
            reservation.Cancel(now);
            db.DepositChanged(reservation, window.VendorName, now);
        }

        db.AddIntegrationEvent(new PreorderSettled(Guid.NewGuid(), now, window.Id));
        db.PagesChanged([ShopPages.ProductTag(window.ProductId.Value)]);
        return Details(window, reservations);
    }

    private PreorderWindowDetails Details(PreorderWindow window, IEnumerable<Reservation> reservations) => new(
        PreorderViews.Window(window, clock.Today()),
        reservations.OrderBy(r => r.ReservedAt).ThenBy(r => r.Number, StringComparer.Ordinal).Select(r => PreorderViews.Reservation(r, window)).ToList());

    private async Task<PreorderWindow?> ManagedAsync(CooperativeId cooperativeId, Guid windowId, UserId actorId, CancellationToken cancellationToken) =>
        await sender.Send(new GetVendorStaffRoleQuery(cooperativeId, actorId), cancellationToken) is null
            ? null
            : await db.PreorderWindows.SingleOrDefaultAsync(w => w.Id == windowId && w.CooperativeId == cooperativeId, cancellationToken);

    private static Error Field(string field, string message) =>
        Error.Validation(new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] });
}
