using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Features.Orders;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Ordering.Features.Fulfilment;

/// <summary>A printable slip for the package: where it goes, what is in it, and the cash to collect.</summary>
[Authorize]
internal sealed class PackingSlipModel(ISender sender) : PageModel
{
    public OrderPartView? Part { get; private set; }

    public PackingSlipOrder? Order { get; private set; }

    public async Task<IActionResult> OnGetAsync(OrderPartId partId, CancellationToken cancellationToken)
    {
        var slip = await sender.Send(new GetPackingSlipQuery(partId, User.UserId()), cancellationToken);
        if (!slip.IsSuccess)
        {
            return NotFound();
        }

        (Part, Order) = (slip.Value.Part, new PackingSlipOrder(slip.Value.OrderNumber, slip.Value.Delivery, slip.Value.Note));
        return Page();
    }

    internal sealed record PackingSlipOrder(string Number, DeliveryAddress Delivery, string? Note);
}
