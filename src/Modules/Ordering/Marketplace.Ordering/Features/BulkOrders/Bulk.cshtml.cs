using System.Text;
using Marketplace.Ordering.Features.Cart;
using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Ordering.Features.BulkOrders;

/// <summary>A verified business buyer orders by file or by pasted lines: each line checked, the valid ones put in the cart.</summary>
[RequestSizeLimit(2 * 1024 * 1024)]
[Authorize]
internal sealed class BulkModel(ISender sender, IStringLocalizer<OrderingText> text) : PageModel
{
    [BindProperty]
    public string? Pasted { get; set; }

    public BulkOrderResult? Result { get; private set; }

    public bool IsBusinessBuyer => HttpContext.IsBusinessBuyer();

    public async Task<IActionResult> OnPostAsync(IFormFile? upload, bool checkOnly, CancellationToken cancellationToken)
    {
        if (!IsBusinessBuyer)
        {
            return Forbid();
        }

        UploadedFile? file = upload is { Length: > 0 }
            ? (await UploadedFiles.ReadAsync([upload], cancellationToken))[0]
            : string.IsNullOrWhiteSpace(Pasted) ? null : new UploadedFile("pasted.csv", Encoding.UTF8.GetBytes(WithHeader(Pasted)));
        if (file is null)
        {
            ModelState.AddModelError(string.Empty, text["bulk.nothing"]);
            return Page();
        }

        var result = await sender.Send(
            new AddBulkOrderCommand(await CartOwners.ForAsync(HttpContext, sender, cancellationToken), file, checkOnly), cancellationToken);
        if (!result.IsSuccess)
        {
            ModelState.AddErrors(result.Error!, string.Empty, _ => string.Empty);
            return Page();
        }

        Result = result.Value;
        if (Result.Added)
        {
            TempData["Flash"] = text["bulk.added", Result.Valid, Result.Lines].Value;
        }

        return Page();
    }

    /// <summary>Pasted lines may come straight from a spreadsheet (tab between the columns) and without a header.</summary>
    private static string WithHeader(string pasted)
    {
        var body = pasted.Replace('\t', ',').Trim();
        var first = body.Split('\n', 2)[0];
        return first.Contains("sku", StringComparison.OrdinalIgnoreCase) || first.Contains("mã", StringComparison.OrdinalIgnoreCase)
            ? body
            : "sku,quantity\n" + body;
    }
}
