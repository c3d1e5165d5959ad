using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Features.Orders;
using Marketplace.Payments.Contracts;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Ordering.Features.Preorders;

/// <summary>
/// After the harvest: where the confirmed units go and how the balance is paid. The same command
/// as POST /api/v1/reservations/{id}/order; a reservation already ordered leads to its order.
/// </summary>
[Authorize]
internal sealed class ReservationOrderModel(ISender sender, IStringLocalizer<OrderingText> text) : PageModel
{
    public ReservationOrderQuote? Quote { get; private set; }

    public bool CardsEnabled { get; private set; }

    /// <summary>MoMo is offered only when its partner keys are configured.</summary>
    public bool MoMoEnabled { get; private set; }

    /// <summary>ZaloPay is offered only when its app's keys are configured.</summary>
    public bool ZaloPayEnabled { get; private set; }

    /// <summary>VNPay is offered only when its terminal's code and secret are configured.</summary>
    public bool VnPayEnabled { get; private set; }

    [BindProperty]
    public DeliveryInput Input { get; set; } = new() { PaymentMethod = PaymentMethod.BankTransfer };

    public async Task<IActionResult> OnGetAsync(Guid reservationId, CancellationToken cancellationToken)
    {
        Input.Recipient = User.Identity?.Name;
        return await LoadAsync(reservationId, cancellationToken) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid reservationId, CancellationToken cancellationToken)
    {
        var result = await sender.Send(
            new OrderReservationCommand(reservationId, User.UserId(), Input.Delivery(), Input.PaymentMethod, Input.Note, Cultures.Current),
            cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = text["checkout.placed", result.Value.Number].Value;
            return Redirect(result.Value.PaymentMethod.ThroughGateway() ? $"/orders/{result.Value.OrderId}/pay" : $"/orders/{result.Value.OrderId}");
        }

        ModelState.AddErrors(result.Error!, nameof(Input));
        return await LoadAsync(reservationId, cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid reservationId, CancellationToken cancellationToken)
    {
        var quote = await sender.Send(new QuoteReservationOrderQuery(reservationId, User.UserId()), cancellationToken);
        if (!quote.IsSuccess)
        {
            return NotFound();
        }

        if (quote.Value.Reservation.OrderId is { } orderId)
        {
            return Redirect($"/orders/{orderId}");
        }

        Quote = quote.Value;
        var options = await sender.Send(new GetPaymentOptionsQuery(), cancellationToken);
        CardsEnabled = options.CardsEnabled;
        MoMoEnabled = options.MoMoEnabled;
        ZaloPayEnabled = options.ZaloPayEnabled;
        VnPayEnabled = options.VnPayEnabled;
        return null;
    }
}
