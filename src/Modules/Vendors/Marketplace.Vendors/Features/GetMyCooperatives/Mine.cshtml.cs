using Marketplace.SharedKernel.Security;
using Marketplace.Vendors.Features.GetApplication;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Vendors.Features.GetMyCooperatives;

[Authorize]
internal sealed class MineModel(ISender sender) : PageModel
{
    public IReadOnlyList<MyCooperative> Cooperatives { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Cooperatives = await sender.Send(new GetMyCooperativesQuery(User.UserId()), cancellationToken);
}
