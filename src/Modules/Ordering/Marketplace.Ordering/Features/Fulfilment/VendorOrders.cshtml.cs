using Marketplace.Catalog.Contracts;
using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Domain;
using Marketplace.Ordering.Features.Orders;
using Marketplace.Ordering.Features.Shipments;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Ordering.Features.Fulfilment;

/// <summary>A cooperative's own parts of orders, with the steps each state allows.</summary>
[Authorize]
internal sealed class VendorOrdersModel(
    ISender sender, IStringLocalizer<OrderingText> text, TimeProvider clock, IEnumerable<ICarrierShipments> carriers) : PageModel
{
    /// <summary>The carriers the alliance is connected to here: a packed part may be booked with them from this page.</summary>
    public IReadOnlyList<DeliveryCarrier> Connected { get; } = [.. carriers.Where(c => c.Configured).Select(c => c.Carrier).Order()];

    public CooperativeId Id { get; private set; }

    [BindProperty(SupportsGet = true)]
    public PartStatus? Status { get; set; }

    /// <summary>At most this many parts take one batch step.</summary>
    public const int BatchLimit = 100;

    public IReadOnlyList<OrderPartView> Parts { get; private set; } = [];

    /// <summary>The lots each packed line may ship from, oldest first.</summary>
    public IReadOnlyDictionary<VariantId, IReadOnlyList<ShippableLot>> Lots { get; private set; } =
        new Dictionary<VariantId, IReadOnlyList<ShippableLot>>();

    /// <summary>A reservation's order, by order: the lot its window named, proposed before the oldest.</summary>
    public IReadOnlyDictionary<OrderId, string> ProposedLots { get; private set; } = new Dictionary<OrderId, string>();

    /// <summary>The steps the part's state allows (the domain's road); a part paid in advance and not paid yet may only be cancelled.</summary>
    public static IReadOnlyList<FulfilmentAction> ActionsFor(OrderPartView part) => OrderPart.StepsFrom(part.Status, part.AwaitingPayment);

    public async Task<IActionResult> OnGetAsync(CooperativeId id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostStepAsync(
        CooperativeId id,
        OrderPartId partId,
        FulfilmentAction action,
        string? carrier,
        string? trackingNumber,
        string? reason,
        long? cashCollectedVnd,
        long? returnFeeVnd,
        [FromForm] List<LotPick>? lots,
        CancellationToken cancellationToken)
    {
        var result = await sender.Send(
            new FulfilPartCommand(
                partId, User.UserId(), action, carrier, trackingNumber, string.IsNullOrWhiteSpace(reason) ? null : reason, cashCollectedVnd, lots,
                returnFeeVnd),
            cancellationToken);
        return await AfterAsync(id, result, part => text["vendororders.done", part.OrderNumber, text["partstatus." + part.Status]].Value, cancellationToken);
    }

    public async Task<IActionResult> OnPostBookAsync(CooperativeId id, OrderPartId partId, DeliveryCarrier? carrier, CancellationToken cancellationToken) =>
        await AfterAsync(
            id,
            await sender.Send(new BookShipmentCommand(partId, User.UserId(), carrier), cancellationToken),
            part => text["vendororders.booked.done", part.OrderNumber, part.Carrier ?? string.Empty, part.TrackingNumber ?? string.Empty].Value,
            cancellationToken);

    public async Task<IActionResult> OnPostCancelBookingAsync(CooperativeId id, OrderPartId partId, CancellationToken cancellationToken) =>
        await AfterAsync(
            id,
            await sender.Send(new CancelShipmentCommand(partId, User.UserId()), cancellationToken),
            part => text["vendororders.cancelbooking.done", part.OrderNumber].Value,
            cancellationToken);

    private async Task<IActionResult> AfterAsync(
        CooperativeId id, Result<OrderPartView> result, Func<OrderPartView, string> done, CancellationToken cancellationToken)
    {
        if (result.IsSuccess)
        {
            TempData["Flash"] = done(result.Value);
            return RedirectToPage(new { id, status = Status });
        }

        if (result.Error!.Code == "order.not_found")
        {
            return NotFound();
        }

        ModelState.AddErrors(result.Error, string.Empty, _ => string.Empty);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    /// <summary>The booked parcel's label, from the carrier, to print; when the carrier gives none, the page says so.</summary>
    public async Task<IActionResult> OnGetLabelAsync(CooperativeId id, OrderPartId partId, CancellationToken cancellationToken)
    {
        var label = await sender.Send(new GetShipmentLabelQuery(partId, User.UserId()), cancellationToken);
        if (label.IsSuccess)
        {
            return label.Value.PrintPage is { } page ? Redirect(page.AbsoluteUri) : File(label.Value.Pdf, "application/pdf");
        }

        if (label.Error!.Code == "order.not_found")
        {
            return NotFound();
        }

        ModelState.AddErrors(label.Error, string.Empty, _ => string.Empty);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    /// <summary>
    /// Books the chosen parts with one carrier, each on its own: one not packed, or already booked,
    /// is named with its reason and the others go ahead.
    /// </summary>
    public async Task<IActionResult> OnPostBatchBookAsync(
        CooperativeId id, DeliveryCarrier carrier, [FromForm] List<Guid> parts, CancellationToken cancellationToken) =>
        await EachAsync(
            id, parts, text["vendororders.book"],
            part => sender.Send(new BookShipmentCommand(part, User.UserId(), carrier), cancellationToken).AsTask());

    /// <summary>The chosen parts' labels, from their carriers, in one PDF to print at once; parts not booked are left out.</summary>
    public async Task<IActionResult> OnGetLabelsAsync(CooperativeId id, [FromQuery] List<Guid> parts, CancellationToken cancellationToken)
    {
        var labels = await sender.Send(
            new GetShipmentLabelsQuery([.. parts.Distinct().Take(BatchLimit).Select(OrderPartId.From)], User.UserId()), cancellationToken);
        if (labels.IsSuccess)
        {
            return File(labels.Value.Pdf, "application/pdf");
        }

        ModelState.AddErrors(labels.Error!, string.Empty, _ => string.Empty);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    /// <summary>
    /// Confirms or packs the chosen parts at once, each in its own transaction: one that cannot take
    /// the step (already further on, or not paid yet) is named and the others go ahead. Shipping
    /// needs each part's carrier, and delivering and cancelling are asked one part at a time.
    /// </summary>
    public async Task<IActionResult> OnPostBatchAsync(
        CooperativeId id, FulfilmentAction action, [FromForm] List<Guid> parts, CancellationToken cancellationToken)
    {
        if (action is not (FulfilmentAction.Confirm or FulfilmentAction.Pack) || parts.Count == 0)
        {
            ModelState.AddModelError(string.Empty, text["vendororders.batch.none"]);
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }

        return await EachAsync(
            id, parts, text["fulfil." + action],
            part => sender.Send(new FulfilPartCommand(part, User.UserId(), action, null, null, null), cancellationToken).AsTask());
    }

    /// <summary>
    /// Takes a step for each chosen part (at most <see cref="BatchLimit"/>), each in its own
    /// transaction, and says how many went through and why the others did not.
    /// </summary>
    private async Task<IActionResult> EachAsync(
        CooperativeId id, IEnumerable<Guid> parts, LocalizedString step, Func<OrderPartId, Task<Result<OrderPartView>>> take)
    {
        var done = 0;
        var refused = new List<string>();
        foreach (var partId in parts.Distinct().Take(BatchLimit))
        {
            var result = await take(OrderPartId.From(partId));
            if (result.IsSuccess)
            {
                done++;
            }
            else
            {
                refused.Add(result.Error!.Message);
            }
        }

        TempData["Flash"] = text["vendororders.batch.done", step, done].Value
            + (refused.Count == 0 ? string.Empty : " " + text["vendororders.batch.refused", refused.Count, string.Join("; ", refused.Distinct())].Value);
        return RedirectToPage(new { id, status = Status });
    }

    private async Task<bool> LoadAsync(CooperativeId id, CancellationToken cancellationToken)
    {
        Id = id;
        var parts = await sender.Send(new ListVendorPartsQuery(id, User.UserId(), Status), cancellationToken);
        Parts = parts.IsSuccess ? parts.Value : [];
        var packed = Parts.Where(p => p.Status == PartStatus.Packed).SelectMany(p => p.Lines).Select(l => l.VariantId).OfType<VariantId>().ToList();
        if (packed.Count > 0)
        {
            Lots = await sender.Send(new GetShippableLotsQuery(packed, clock.Today()), cancellationToken);
            ProposedLots = await sender.Send(
                new GetProposedLotsQuery([.. Parts.Where(p => p.Status == PartStatus.Packed).Select(p => p.OrderId)]), cancellationToken);
        }

        return parts.IsSuccess;
    }
}
