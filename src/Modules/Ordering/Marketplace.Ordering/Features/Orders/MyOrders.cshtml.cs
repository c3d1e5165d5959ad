using Marketplace.Ordering.Contracts;
using Marketplace.SharedKernel.Security;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Ordering.Features.Orders;

[Authorize]
internal sealed class MyOrdersModel(ISender sender) : PageModel
{
    public IReadOnlyList<OrderView> Orders { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Orders = await sender.Send(new ListMyOrdersQuery(User.UserId()), cancellationToken);
}
