using Marketplace.Payments.Contracts;
using Marketplace.Payments.Features.Payments;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Payments.Features.CardPayments;

/// <summary>
/// Where Stripe, or a wallet (<c>…/payment-return/momo</c>, <c>/zalopay</c>, <c>/vnpay</c>: in the
/// path, as the wallets add their own query), sends the shopper back: the outcome, asked of the
/// provider at once rather than left to its webhook or notification.
/// </summary>
[Authorize]
internal sealed class PaymentReturnModel(ISender sender) : PageModel
{
    public OrderId Id { get; private set; }

    public PaymentView? Payment { get; private set; }

    public async Task<IActionResult> OnGetAsync(OrderId id, string? wallet, CancellationToken cancellationToken)
    {
        Id = id;
        var payment = !string.IsNullOrEmpty(wallet)
            ? await sender.Send(new RefreshWalletPaymentCommand(id, User.UserId()), cancellationToken)
            : await sender.Send(new RefreshCardPaymentCommand(id, User.UserId()), cancellationToken);
        if (!payment.IsSuccess)
        {
            return NotFound();
        }

        Payment = payment.Value;
        return Page();
    }
}
