using Marketplace.Ordering.Contracts;
using Marketplace.Payments.Contracts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Payments.Features.Payments;

/// <summary>
/// The step of paying in advance: Stripe's Payment Element for the order's PaymentIntent (the same
/// intent however often the page is opened), or, for a wallet (MoMo, ZaloPay), the button that sends
/// the shopper to the wallet's page (the same attempt while it lives).
/// </summary>
[Authorize]
internal sealed class PayModel(ISender sender) : PageModel
{
    public OrderId Id { get; private set; }

    public CardPaymentSession? Session { get; private set; }

    /// <summary>The payment, when it is made with a wallet.</summary>
    public PaymentView? Wallet { get; private set; }

    public async Task<IActionResult> OnGetAsync(OrderId id, CancellationToken cancellationToken)
    {
        Id = id;
        var payment = await sender.Send(new GetPaymentQuery(id, User.UserId()), cancellationToken);
        if (!payment.IsSuccess)
        {
            return NotFound();
        }

        if (Enum.TryParse<PaymentMethod>(payment.Value.Method, out var method) && method.IsWallet())
        {
            Wallet = payment.Value;
            return Page();
        }

        var session = await sender.Send(new StartCardPaymentCommand(id, User.UserId()), cancellationToken);
        if (session.IsSuccess)
        {
            Session = session.Value;
            return Page();
        }

        ModelState.AddErrors(session.Error!, string.Empty, _ => string.Empty);
        return Page();
    }

    /// <summary>To the wallet's page; what the wallet refused, or its silence, is told here and nothing is charged.</summary>
    public async Task<IActionResult> OnPostWalletAsync(OrderId id, CancellationToken cancellationToken)
    {
        var started = await sender.Send(
            new StartWalletPaymentCommand(id, User.UserId(), HttpContext.Connection.RemoteIpAddress?.ToString()), cancellationToken);
        if (started.IsSuccess)
        {
            return Redirect(started.Value.PayUrl);
        }

        if (started.Error!.Code == "payment.not_found")
        {
            return NotFound();
        }

        ModelState.AddErrors(started.Error, string.Empty, _ => string.Empty);
        return await OnGetAsync(id, cancellationToken);
    }
}
