using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Payments.Features.Payouts;

/// <summary>Payout batches: create one of every balance due, download the bank's CSV, mark it paid (Stripe lines are transferred then).</summary>
[Authorize(Policy = AuthorizationPolicies.AdminPages)]
internal sealed class AdminPayoutsModel(ISender sender, IStringLocalizer<PaymentsText> text) : PageModel
{
    public IReadOnlyList<PayoutBatchView> Batches { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Batches = await sender.Send(new ListPayoutBatchesQuery(), cancellationToken);

    public async Task<IActionResult> OnGetCsvAsync(Guid batchId, CancellationToken cancellationToken)
    {
        var csv = await sender.Send(new ExportPayoutBatchQuery(batchId), cancellationToken);
        var batch = await sender.Send(new GetPayoutBatchQuery(batchId), cancellationToken);
        return csv.IsSuccess && batch.IsSuccess ? File(csv.Value, "text/csv; charset=utf-8", $"{batch.Value.Number}.csv") : NotFound();
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var result = await sender.Send(new CreatePayoutBatchCommand(User.Email()), cancellationToken);
        return await AfterAsync(result.IsSuccess ? text["payouts.created", result.Value.Number].Value : null, result.Error, cancellationToken);
    }

    public async Task<IActionResult> OnPostPaidAsync(Guid batchId, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new MarkPayoutBatchPaidCommand(batchId, User.Email()), cancellationToken);
        return await AfterAsync(result.IsSuccess ? text["payouts.paid", result.Value.Number].Value : null, result.Error, cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(string? done, Marketplace.SharedKernel.Results.Error? error, CancellationToken cancellationToken)
    {
        if (done is not null)
        {
            TempData["Flash"] = done;
            return RedirectToPage();
        }

        ModelState.AddErrors(error!, string.Empty, _ => string.Empty);
        await OnGetAsync(cancellationToken);
        return Page();
    }
}
