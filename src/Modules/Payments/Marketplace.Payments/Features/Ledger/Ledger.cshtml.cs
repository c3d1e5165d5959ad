using Marketplace.Payments.Features.Payouts;
using Marketplace.Payments.Features.Reports;
using Marketplace.Payments.Features.Settling;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Payments.Features.Ledger;

/// <summary>
/// What the alliance owes the cooperative (pending on parts not yet delivered, available to pay
/// out), how that sum is made, what it owes the alliance and how to pay it, and where its payouts go.
/// </summary>
[Authorize]
internal sealed class LedgerModel(ISender sender, IStringLocalizer<PaymentsText> text) : PageModel
{
    public CooperativeId Id { get; private set; }

    public VendorLedger? Ledger { get; private set; }

    public PayoutAccountView? Account { get; private set; }

    /// <summary>What it owes the alliance, and the request to pay it, if any.</summary>
    public CooperativeDebtView? Debt { get; private set; }

    public MoneyRulesView? Rules { get; private set; }

    [BindProperty]
    public AccountInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CooperativeId id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = Account is { } a
            ? new AccountInput
            {
                BankName = a.BankName,
                AccountNumber = a.AccountNumber,
                AccountHolder = a.AccountHolder,
                Country = a.Country,
                StripeAccountId = a.StripeAccountId
            }
            : new AccountInput();
        return Page();
    }

    /// <summary>The ledger between two days as a file for a bank (CSV, format=xlsx for Excel, format=pdf to print).</summary>
    public async Task<IActionResult> OnGetStatementAsync(CooperativeId id, DateOnly from, DateOnly to, string? format, CancellationToken cancellationToken)
    {
        var file = await sender.Send(
            new ExportLedgerStatementQuery(
                id, User.UserId(), ActorIsAdmin: false, from, to, StatementFormats.Parse(format)),
            cancellationToken);
        if (file.IsSuccess)
        {
            return File(file.Value.Content, file.Value.ContentType, file.Value.FileName);
        }

        if (file.Error!.Type == ErrorType.NotFound)
        {
            return NotFound();
        }

        ModelState.AddErrors(file.Error, string.Empty, _ => string.Empty);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    /// <summary>The open request's VietQR code, for the cooperative's banking app to scan.</summary>
    public async Task<IActionResult> OnGetVietQrAsync(CooperativeId id, CancellationToken cancellationToken)
    {
        var png = await sender.Send(new GetPayInQrQuery(id, User.UserId()), cancellationToken);
        return png.IsSuccess ? File(png.Value, "image/png") : NotFound();
    }

    public async Task<IActionResult> OnPostAccountAsync(CooperativeId id, CancellationToken cancellationToken)
    {
        var result = await sender.Send(
            new SetPayoutAccountCommand(
                id,
                User.UserId(),
                Input.BankName ?? string.Empty,
                Input.AccountNumber ?? string.Empty,
                Input.AccountHolder ?? string.Empty,
                Input.Country ?? "VN",
                Input.StripeAccountId),
            cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = text["ledger.account.saved"].Value;
            return RedirectToPage(new { id });
        }

        if (result.Error!.Type == ErrorType.NotFound)
        {
            return NotFound();
        }

        ModelState.AddErrors(result.Error, nameof(Input));
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CooperativeId id, CancellationToken cancellationToken)
    {
        Id = id;
        var ledger = await sender.Send(new GetVendorLedgerQuery(id, User.UserId(), ActorIsAdmin: false), cancellationToken);
        if (!ledger.IsSuccess)
        {
            return false;
        }

        Ledger = ledger.Value;
        var debt = await sender.Send(new GetCooperativeDebtQuery(id, User.UserId(), ActorIsAdmin: false), cancellationToken);
        Debt = debt.IsSuccess ? debt.Value : null;
        Rules = await sender.Send(new GetMoneyRulesQuery(), cancellationToken);
        var account = await sender.Send(new GetPayoutAccountQuery(id, User.UserId()), cancellationToken);
        Account = account.IsSuccess ? account.Value : null;
        return true;
    }

    internal sealed class AccountInput
    {
        public string? BankName { get; set; }

        public string? AccountNumber { get; set; }

        public string? AccountHolder { get; set; }

        public string? Country { get; set; } = "VN";

        public string? StripeAccountId { get; set; }
    }
}
