using Marketplace.Payments.Contracts;
using Marketplace.Payments.Features.Payments;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Payments.Features.CardPayments;

/// <summary>Where Stripe sends the shopper back: the outcome, asked of Stripe at once rather than left to the webhook.</summary>
[Authorize]
internal sealed class PaymentReturnModel(ISender sender) : PageModel
{
    public OrderId Id { get; private set; }

    public PaymentView? Payment { get; private set; }

    public async Task<IActionResult> OnGetAsync(OrderId id, CancellationToken cancellationToken)
    {
        Id = id;
        var payment = await sender.Send(new RefreshCardPaymentCommand(id, User.UserId()), cancellationToken);
        if (!payment.IsSuccess)
        {
            return NotFound();
        }

        Payment = payment.Value;
        return Page();
    }
}
