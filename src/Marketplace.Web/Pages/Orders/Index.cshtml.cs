using Marketplace.Ordering.Contracts;
using Marketplace.SharedKernel.Security;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Web.Pages.Orders;

public sealed class MyOrdersModel(ISender sender) : PageModel
{
    public IReadOnlyList<OrderView> Orders { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Orders = await sender.Send(new ListMyOrdersQuery(User.Email()), cancellationToken);
}
