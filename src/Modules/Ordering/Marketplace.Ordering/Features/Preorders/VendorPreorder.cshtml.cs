using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Ordering.Features.Preorders;

/// <summary>One of the cooperative's windows: who reserved what, and the harvest or the calling off.</summary>
[Authorize]
internal sealed class VendorPreorderModel(ISender sender, IStringLocalizer<OrderingText> text) : PageModel
{
    public CooperativeId Id { get; private set; }

    public PreorderWindowDetails? Details { get; private set; }

    [BindProperty]
    public int? Harvested { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(CooperativeId id, Guid windowId, CancellationToken cancellationToken) =>
        await LoadAsync(id, windowId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostHarvestAsync(CooperativeId id, Guid windowId, CancellationToken cancellationToken)
    {
        if (Harvested is null)
        {
            ModelState.AddModelError(nameof(Harvested), text["preorder.harvest.required"]);
            return await LoadAsync(id, windowId, cancellationToken) ? Page() : NotFound();
        }

        var result = await sender.Send(new RecordHarvestCommand(id, windowId, User.UserId(), Harvested.Value), cancellationToken);
        return await AfterAsync(result.IsSuccess ? null : result.Error, "preorder.harvest.done", id, windowId, cancellationToken);
    }

    public async Task<IActionResult> OnPostCancelAsync(CooperativeId id, Guid windowId, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new CancelPreorderWindowCommand(id, windowId, User.UserId(), Reason ?? string.Empty), cancellationToken);
        return await AfterAsync(result.IsSuccess ? null : result.Error, "preorder.cancel.done", id, windowId, cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(
        SharedKernel.Results.Error? error, string done, CooperativeId id, Guid windowId, CancellationToken cancellationToken)
    {
        if (error is null)
        {
            TempData["Flash"] = text[done].Value;
            return Redirect($"/cooperatives/{id}/preorders/{windowId}");
        }

        if (!await LoadAsync(id, windowId, cancellationToken))
        {
            return NotFound();
        }

        ModelState.AddErrors(error, string.Empty, field => field == nameof(RecordHarvestCommand.Harvested) ? nameof(Harvested) : nameof(Reason));
        return Page();
    }

    private async Task<bool> LoadAsync(CooperativeId id, Guid windowId, CancellationToken cancellationToken)
    {
        Id = id;
        var details = await sender.Send(new GetVendorPreorderQuery(id, windowId, User.UserId()), cancellationToken);
        Details = details.IsSuccess ? details.Value : null;
        return details.IsSuccess;
    }
}
