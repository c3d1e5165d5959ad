using Marketplace.Payments.Contracts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Payments.Features.Payments;

/// <summary>The money desk: payments by status and method, transfers received, the bank statement's import, and refunds.</summary>
[Authorize(Policy = AuthorizationPolicies.AdminPages)]
internal sealed class AdminPaymentsModel(ISender sender, IStringLocalizer<PaymentsText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public PaymentStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Method { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    public IReadOnlyList<PaymentSummary> Payments { get; private set; } = [];

    public StatementImportResult? Imported { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Payments = await sender.Send(new ListPaymentsQuery(Status, Method, Search), cancellationToken);

    public async Task<IActionResult> OnPostReceivedAsync(OrderId orderId, [VndAmount] long amountVnd, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await AfterAsync(null, null, cancellationToken);
        }

        var result = await sender.Send(new MarkTransferReceivedCommand(orderId, amountVnd, User.Email()), cancellationToken);
        return await AfterAsync(result.IsSuccess ? text["payments.received", result.Value.OrderNumber].Value : null, result.Error, cancellationToken);
    }

    /// <summary>The form carries a key made when it was shown: a double click refunds once.</summary>
    public async Task<IActionResult> OnPostRefundAsync(
        OrderPartId partId, [VndAmount] long amountVnd, string? reason, string? refundKey, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await AfterAsync(null, null, cancellationToken);
        }

        var result = await sender.Send(new RefundPartCommand(partId, amountVnd, reason ?? string.Empty, User.Email(), refundKey), cancellationToken);
        return await AfterAsync(
            result.IsSuccess ? text["payments.refunded", result.Value.OrderNumber, result.Value.VendorName].Value : null, result.Error, cancellationToken);
    }

    public async Task<IActionResult> OnPostStatementAsync(IFormFile? statement, CancellationToken cancellationToken)
    {
        if (statement is null)
        {
            ModelState.AddModelError(string.Empty, text["payments.statement.choose"]);
        }
        else
        {
            var file = (await UploadedFiles.ReadAsync([statement], cancellationToken))[0];
            var result = await sender.Send(new ImportBankStatementCommand(file, User.Email()), cancellationToken);
            if (result.IsSuccess)
            {
                Imported = result.Value;
            }
            else
            {
                ModelState.AddErrors(result.Error!, string.Empty, _ => string.Empty);
            }
        }

        await OnGetAsync(cancellationToken);
        return Page();
    }

    private async Task<IActionResult> AfterAsync(string? done, Marketplace.SharedKernel.Results.Error? error, CancellationToken cancellationToken)
    {
        if (done is not null)
        {
            TempData["Flash"] = done;
            return RedirectToPage(new { Status, Method, Search });
        }

        if (error is not null)
        {
            ModelState.AddErrors(error, string.Empty, _ => string.Empty);
        }

        await OnGetAsync(cancellationToken);
        return Page();
    }
}
