using Marketplace.Payments.Contracts;
using Marketplace.SharedKernel.Security;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Web.Pages.Orders;

/// <summary>Where Stripe sends the shopper back: the outcome, asked of Stripe at once rather than left to the webhook.</summary>
public sealed class PaymentReturnModel(ISender sender) : PageModel
{
    public Guid Id { get; private set; }

    public PaymentView? Payment { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Id = id;
        var payment = await sender.Send(new RefreshCardPaymentCommand(id, User.Email()), cancellationToken);
        if (!payment.IsSuccess)
        {
            return NotFound();
        }

        Payment = payment.Value;
        return Page();
    }
}
