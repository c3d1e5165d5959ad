using Marketplace.SharedKernel;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Payments.Features.CommissionRules;

/// <summary>
/// An order's commission line by line, with the rule that priced each, as the admins' orders desk
/// shows it: Payments draws its own part of Ordering's page. Public because MVC finds view
/// components only among public types.
/// </summary>
public sealed class OrderCommissionViewComponent(ISender sender) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(OrderId orderId) =>
        View("/Features/CommissionRules/OrderCommission.cshtml", await sender.Send(new GetOrderCommissionQuery(orderId)));
}
