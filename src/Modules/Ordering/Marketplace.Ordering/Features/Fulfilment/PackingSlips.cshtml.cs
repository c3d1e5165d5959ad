using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Features.Orders;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Ordering.Features.Fulfilment;

/// <summary>
/// The slips of the parts chosen on the order list, one after another, each printed on a page of
/// its own: a morning's packing printed in one go. Only the cooperative's own parts are shown.
/// </summary>
[Authorize]
internal sealed class PackingSlipsModel(ISender sender) : PageModel
{
    public const int MaxSlips = 50;

    public IReadOnlyList<(OrderPartView Part, PackingSlipModel.PackingSlipOrder Order)> Slips { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CooperativeId id, [FromQuery] List<Guid> parts, CancellationToken cancellationToken)
    {
        var slips = new List<(OrderPartView, PackingSlipModel.PackingSlipOrder)>();
        foreach (var partId in parts.Distinct().Take(MaxSlips))
        {
            var slip = await sender.Send(new GetPackingSlipQuery(OrderPartId.From(partId), User.UserId()), cancellationToken);
            if (slip.IsSuccess && slip.Value.Part.CooperativeId == id)
            {
                slips.Add((slip.Value.Part, new PackingSlipModel.PackingSlipOrder(slip.Value.OrderNumber, slip.Value.Delivery, slip.Value.Note)));
            }
        }

        Slips = slips;
        return slips.Count == 0 ? NotFound() : Page();
    }
}
