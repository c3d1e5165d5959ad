using Marketplace.SharedKernel.Security;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Web.Pages.Cooperatives;

public sealed class MineModel(ISender sender) : PageModel
{
    public IReadOnlyList<MyCooperative> Cooperatives { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Cooperatives = await sender.Send(new GetMyCooperativesQuery(User.Email()), cancellationToken);
}
