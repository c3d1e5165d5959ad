using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Marketplace.Catalog.Features.Lots;

/// <summary>What the QR code on a package opens: the lot's traceability, for anyone.</summary>
[OutputCache(PolicyName = ShopPages.Policy)]
internal sealed class LotModel(ISender sender) : PageModel
{
    public LotTrace? Trace { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetLotTraceQuery(code), cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        Trace = result.Value;
        return Page();
    }
}
