using Marketplace.Ordering.Domain;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Ordering.Features.Returns;

/// <summary>
/// The cooperative's returns: those waiting for its answer first, each with the shopper's photos and
/// the three answers; and, for its owners, the return policy shoppers are held to.
/// </summary>
[Authorize]
internal sealed class VendorReturnsModel(ISender sender, IStringLocalizer<OrderingText> text) : PageModel
{
    public CooperativeId Id { get; private set; }

    [BindProperty(SupportsGet = true)]
    public ReturnStatus? Status { get; set; }

    public VendorReturnsView? View { get; private set; }

    public async Task<IActionResult> OnGetAsync(CooperativeId id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostDecideAsync(
        CooperativeId id, Guid returnId, ReturnDecision decision, long? amountVnd, string? note, bool restock, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new DecideReturnCommand(returnId, User.UserId(), User.Email(), decision, amountVnd, note, restock), cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = text["vendorreturns.done", result.Value.OrderNumber, text["returnstatus." + result.Value.Status]].Value;
            return RedirectToPage(new { id, status = Status });
        }

        if (result.Error!.Code == "return.not_found")
        {
            return NotFound();
        }

        ModelState.AddErrors(result.Error, string.Empty, _ => string.Empty);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostPolicyAsync(CooperativeId id, int days, bool refundsDelivery, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new SetReturnPolicyCommand(id, User.UserId(), days, refundsDelivery), cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = text["vendorreturns.policy.saved"].Value;
            return RedirectToPage(new { id });
        }

        ModelState.AddErrors(result.Error!, string.Empty, _ => string.Empty);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnGetPhotoAsync(Guid returnId, int index, CancellationToken cancellationToken) =>
        ReturnPhotos.Result(this, await sender.Send(new GetReturnPhotoQuery(returnId, index, User.UserId(), Admin: false), cancellationToken));

    private async Task<bool> LoadAsync(CooperativeId id, CancellationToken cancellationToken)
    {
        Id = id;
        var view = await sender.Send(new ListVendorReturnsQuery(id, User.UserId(), Status), cancellationToken);
        View = view.IsSuccess ? view.Value : null;
        return view.IsSuccess;
    }
}
