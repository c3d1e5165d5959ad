using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Payments.Features.Payments;

/// <summary>The card step: Stripe's Payment Element for the order's PaymentIntent (the same intent however often the page is opened).</summary>
[Authorize]
internal sealed class PayModel(ISender sender) : PageModel
{
    public OrderId Id { get; private set; }

    public CardPaymentSession? Session { get; private set; }

    public async Task<IActionResult> OnGetAsync(OrderId id, CancellationToken cancellationToken)
    {
        Id = id;
        var session = await sender.Send(new StartCardPaymentCommand(id, User.UserId()), cancellationToken);
        if (session.IsSuccess)
        {
            Session = session.Value;
            return Page();
        }

        if (session.Error!.Code == "payment.not_found")
        {
            return NotFound();
        }

        ModelState.AddErrors(session.Error, string.Empty, _ => string.Empty);
        return Page();
    }
}
