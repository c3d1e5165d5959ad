using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace Marketplace.Catalog.Features.Lots;

/// <summary>
/// What the QR code on a package opens: the lot's traceability, for anyone, and its recall when
/// it was recalled. Its cooperative's people and admins also see who received it, and may recall
/// it from here (signed in, the page is never cached).
/// </summary>
[OutputCache(PolicyName = ShopPages.Policy)]
internal sealed class LotModel(ISender sender, IStringLocalizer<CatalogText> text) : PageModel
{
    public LotTrace? Trace { get; private set; }

    /// <summary>Who received the lot: only for its cooperative's people and admins.</summary>
    public LotRecipients? Staff { get; private set; }

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken) =>
        await LoadAsync(code, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRecallAsync(string code, CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        if (!await LoadAsync(code, cancellationToken) || Staff is null)
        {
            return NotFound();
        }

        var result = await sender.Send(new RecallLotCommand(Trace!.ProductId, code, User.UserId(), User.IsAdmin(), Reason ?? string.Empty), cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = text["lot.recall.done", result.Value.Code].Value;
            return RedirectToPage(new { code = result.Value.Code });
        }

        ModelState.AddErrors(result.Error!, string.Empty, _ => string.Empty);
        return Page();
    }

    private async Task<bool> LoadAsync(string code, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetLotTraceQuery(code), cancellationToken);
        if (!result.IsSuccess)
        {
            return false;
        }

        Trace = result.Value;
        if (User.Identity?.IsAuthenticated == true)
        {
            var staff = await sender.Send(new GetLotRecipientsForStaffQuery(code, User.UserId(), User.IsAdmin()), cancellationToken);
            Staff = staff.IsSuccess ? staff.Value : null;
        }

        return true;
    }
}
