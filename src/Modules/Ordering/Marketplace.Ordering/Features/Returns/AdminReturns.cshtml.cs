using Marketplace.Ordering.Domain;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Ordering.Features.Returns;

/// <summary>
/// The returns waiting for the alliance (by default): disputes to settle, with both sides' words
/// and the photos, and agreed refunds to transfer, with the account they go to.
/// </summary>
[Authorize(Policy = AuthorizationPolicies.AdminPages)]
internal sealed class AdminReturnsModel(ISender sender, IStringLocalizer<OrderingText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ReturnStatus? Status { get; set; }

    public IReadOnlyList<ReturnView> Returns { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Returns = await sender.Send(new ListAdminReturnsQuery(Status), cancellationToken);

    public async Task<IActionResult> OnPostSettleAsync(Guid returnId, long amountVnd, string? note, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new SettleReturnCommand(returnId, User.Email(), amountVnd, note), cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = text["vendorreturns.done", result.Value.OrderNumber, text["returnstatus." + result.Value.Status]].Value;
            return RedirectToPage(new { status = Status });
        }

        ModelState.AddErrors(result.Error!, string.Empty, _ => string.Empty);
        await OnGetAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostTransferredAsync(Guid returnId, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new RecordReturnTransferCommand(returnId, User.Email()), cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = text["adminreturns.transferred.done", result.Value.OrderNumber].Value;
            return RedirectToPage(new { status = Status });
        }

        ModelState.AddErrors(result.Error!, string.Empty, _ => string.Empty);
        await OnGetAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRetryRefundAsync(Guid returnId, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new RetryReturnRefundCommand(returnId, User.Email()), cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = text["adminreturns.retried", result.Value.OrderNumber].Value;
            return RedirectToPage(new { status = Status });
        }

        ModelState.AddErrors(result.Error!, string.Empty, _ => string.Empty);
        await OnGetAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetPhotoAsync(Guid returnId, int index, CancellationToken cancellationToken) =>
        ReturnPhotos.Result(this, await sender.Send(new GetReturnPhotoQuery(returnId, index, User.UserId(), Admin: true), cancellationToken));
}
