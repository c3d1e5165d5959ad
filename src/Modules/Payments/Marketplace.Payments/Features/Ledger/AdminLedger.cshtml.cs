using Marketplace.Payments.Features.Settling;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Payments.Features.Ledger;

/// <summary>
/// Every cooperative's balance (pending, available, owed), one cooperative's entries on demand,
/// reversals, the commission rate and money rules, and the requests to pay what is owed.
/// </summary>
[Authorize(Policy = AuthorizationPolicies.AdminPages)]
internal sealed class AdminLedgerModel(ISender sender, IStringLocalizer<PaymentsText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public CooperativeId? Vendor { get; set; }

    public IReadOnlyList<LedgerBalance> Balances { get; private set; } = [];

    public VendorLedger? Entries { get; private set; }

    public CommissionRateView? Rate { get; private set; }

    public MoneyRulesView? Rules { get; private set; }

    /// <summary>Requests to pay, open ones first, the latest settled ones after.</summary>
    public IReadOnlyList<PayInView> PayIns { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Balances = await sender.Send(new ListLedgerBalancesQuery(), cancellationToken);
        Rate = await sender.Send(new GetCommissionRateQuery(), cancellationToken);
        Rules = await sender.Send(new GetMoneyRulesQuery(), cancellationToken);
        PayIns = [.. (await sender.Send(new ListPayInsQuery(null), cancellationToken)).Take(30)];
        if (Vendor is { } cooperativeId)
        {
            var ledger = await sender.Send(new GetVendorLedgerQuery(cooperativeId, User.UserId(), ActorIsAdmin: true), cancellationToken);
            Entries = ledger.IsSuccess ? ledger.Value : null;
        }
    }

    public async Task<IActionResult> OnPostRateAsync(decimal percent, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new SetCommissionRateCommand(percent, User.Email()), cancellationToken);
        return await AfterAsync(result.IsSuccess ? text["ledger.rate.set", result.Value.Percent].Value : null, result.Error, cancellationToken);
    }

    public async Task<IActionResult> OnPostRulesAsync(int holdDays, long debtLimitVnd, int settlementDay, int graceDays, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new SetMoneyRulesCommand(holdDays, debtLimitVnd, settlementDay, graceDays, User.Email()), cancellationToken);
        return await AfterAsync(result.IsSuccess ? text["ledger.rules.set"].Value : null, result.Error, cancellationToken);
    }

    public async Task<IActionResult> OnPostAskAsync(CooperativeId cooperativeId, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new RequestPayInCommand(cooperativeId, User.Email()), cancellationToken);
        var done = result.IsSuccess ? text["payin.asked", result.Value.VendorName, result.Value.Reference].Value : null;
        return await AfterAsync(done, result.Error, cancellationToken);
    }

    public async Task<IActionResult> OnPostPayInAsync(Guid payInId, long amountVnd, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new RecordPayInCommand(payInId, amountVnd, User.Email()), cancellationToken);
        return await AfterAsync(result.IsSuccess ? text["payin.recorded", result.Value.Reference].Value : null, result.Error, cancellationToken);
    }

    public async Task<IActionResult> OnPostReverseAsync(Guid entryId, string? reason, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ReverseLedgerEntryCommand(entryId, reason ?? string.Empty, User.Email()), cancellationToken);
        return await AfterAsync(result.IsSuccess ? text["ledger.reversed"].Value : null, result.Error, cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(string? done, Marketplace.SharedKernel.Results.Error? error, CancellationToken cancellationToken)
    {
        if (done is not null)
        {
            TempData["Flash"] = done;
            return RedirectToPage(new { Vendor });
        }

        ModelState.AddErrors(error!, string.Empty, _ => string.Empty);
        await OnGetAsync(cancellationToken);
        return Page();
    }
}
