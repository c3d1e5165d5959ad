using Marketplace.Ordering.Contracts;
using Marketplace.Payments.Contracts;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Payments.Features.Payments;

/// <summary>
/// An order's payment as Ordering's order page shows it (state, deadline, transfer details, card
/// button): Payments draws its own part of another module's page. Public because MVC finds view
/// components only among public types.
/// </summary>
public sealed class OrderPaymentViewComponent : ViewComponent
{
    public IViewComponentResult Invoke((OrderView Order, PaymentView? Payment) model) =>
        View("/Features/Payments/OrderPayment.cshtml", model);
}
