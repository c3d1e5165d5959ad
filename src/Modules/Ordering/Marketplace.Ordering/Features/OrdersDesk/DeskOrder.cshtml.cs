using Marketplace.Ordering.Contracts;
using Marketplace.Payments.Contracts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Ordering.Features.OrdersDesk;

/// <summary>One order on the admins' desk: who bought it, where it goes, its payment, and each part's fulfilment and refunds.</summary>
[Authorize(Policy = AuthorizationPolicies.AdminPages)]
internal sealed class DeskOrderModel(ISender sender) : PageModel
{
    public OrderView? Order { get; private set; }

    public PaymentView? Payment { get; private set; }

    public async Task<IActionResult> OnGetAsync(OrderId id, CancellationToken cancellationToken)
    {
        var found = await sender.Send(new GetDeskOrderQuery(id), cancellationToken);
        if (!found.IsSuccess)
        {
            return NotFound();
        }

        Order = found.Value.Order;
        var payment = await sender.Send(new GetPaymentQuery(id, found.Value.BuyerId), cancellationToken);
        Payment = payment.IsSuccess ? payment.Value : null;
        return Page();
    }
}
