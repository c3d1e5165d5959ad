using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Domain;
using Marketplace.Ordering.Features.Orders;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Ordering.Features.Fulfilment;

/// <summary>A cooperative's own parts of orders, with the steps each state allows.</summary>
[Authorize]
internal sealed class VendorOrdersModel(ISender sender, IStringLocalizer<OrderingText> text) : PageModel
{
    public CooperativeId Id { get; private set; }

    [BindProperty(SupportsGet = true)]
    public PartStatus? Status { get; set; }

    public IReadOnlyList<OrderPartView> Parts { get; private set; } = [];

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
        CancellationToken cancellationToken)
    {
        var result = await sender.Send(new FulfilPartCommand(partId, User.UserId(), action, carrier, trackingNumber, reason), cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = text["vendororders.done", result.Value.OrderNumber, text["partstatus." + result.Value.Status]].Value;
            return RedirectToPage(new { id, status = Status });
        }

        if (result.Error!.Code == "order.not_found")
        {
            return NotFound();
        }

        ModelState.AddErrors(result.Error, string.Empty, _ => string.Empty);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CooperativeId id, CancellationToken cancellationToken)
    {
        Id = id;
        var parts = await sender.Send(new ListVendorPartsQuery(id, User.UserId(), Status), cancellationToken);
        Parts = parts.IsSuccess ? parts.Value : [];
        return parts.IsSuccess;
    }
}
