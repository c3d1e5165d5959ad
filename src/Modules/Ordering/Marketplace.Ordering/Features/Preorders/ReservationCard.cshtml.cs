using Marketplace.Payments.Contracts;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Ordering.Features.Preorders;

/// <summary>
/// A reservation's deposit by card: Stripe's Payment Element for what is still owed (the same
/// intent however often the page is opened), and the return from Stripe, which asks Stripe how it
/// ended rather than wait for the webhook.
/// </summary>
[Authorize]
internal sealed class ReservationCardModel(ISender sender, IStringLocalizer<OrderingText> text) : PageModel
{
    public Guid Id { get; private set; }

    public DepositCardSession? Session { get; private set; }

    public string Number { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Id = id;
        var session = await sender.Send(new PayDepositByCardCommand(id, User.UserId()), cancellationToken);
        if (!session.IsSuccess && session.Error!.Code == "reservation.not_found")
        {
            return NotFound();
        }

        if (session.IsSuccess)
        {
            Session = session.Value;
        }
        else
        {
            ModelState.AddErrors(session.Error!, string.Empty, _ => string.Empty);
        }

        return Page();
    }

    /// <summary>Stripe adds <c>payment_intent</c> to the return address.</summary>
    public async Task<IActionResult> OnGetReturnAsync(Guid id, [FromQuery(Name = "payment_intent")] string? paymentIntent, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(paymentIntent))
        {
            return RedirectToPage(new { id });
        }

        var back = await sender.Send(new DepositCardReturnCommand(id, User.UserId(), paymentIntent), cancellationToken);
        if (!back.IsSuccess && back.Error!.Type == ErrorType.Unavailable)
        {
            // Stripe did not answer just now: the payment may well have gone through, and its webhook will count it.
            TempData["Flash"] = text["reservation.card.unconfirmed"].Value;
            return Redirect("/reservations");
        }

        if (!back.IsSuccess)
        {
            return NotFound(); // not this buyer's reservation, or not its intent
        }

        var (reservation, status, declined) = back.Value;
        if (declined is not null && status == "requires_payment_method")
        {
            TempData["Flash"] = text["reservation.card.declined", declined].Value;
            return RedirectToPage(new { id });
        }

        TempData["Flash"] = status == "succeeded"
            ? text["reservation.card.paid", reservation.Number].Value
            : text["reservation.card.processing", reservation.Number].Value;
        return Redirect("/reservations");
    }
}
