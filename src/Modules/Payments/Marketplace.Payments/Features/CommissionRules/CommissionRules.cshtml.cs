using Marketplace.Catalog.Contracts;
using Marketplace.Payments.Domain;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.SharedKernel.Web;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Payments.Features.CommissionRules;

/// <summary>The commission rules: those running and scheduled, a form for a new one, and every rule and default rate of the past.</summary>
[Authorize(Policy = AuthorizationPolicies.AdminPages)]
internal sealed class CommissionRulesModel(ISender sender, TimeProvider clock, IStringLocalizer<PaymentsText> text) : PageModel
{
    public CommissionRulesView? Rules { get; private set; }

    public IReadOnlyList<StorefrontSummary> Cooperatives { get; private set; } = [];

    public IReadOnlyList<CategoryView> Categories { get; private set; } = [];

    public DateOnly Today => clock.Today();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Rules = await sender.Send(new ListCommissionRulesQuery(), cancellationToken);
        Cooperatives = await sender.Send(new ListStorefrontsQuery(), cancellationToken);
        Categories = await sender.Send(new ListCategoriesQuery(), cancellationToken);
    }

    /// <summary>
    /// The form speaks in Vietnamese days: a rule starts at the beginning of its first day (now when
    /// that is today) and runs to the end of its last day.
    /// </summary>
    public async Task<IActionResult> OnPostAddAsync(
        CooperativeId? vendorId, Guid? categoryId, CommissionAudience audience, decimal percent, long? floorVnd, long? capVnd,
        DateOnly? from, DateOnly? to, string? note, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            await OnGetAsync(cancellationToken);
            return Page();
        }

        // Today is "from now"; a day gone by is sent as it is, for the rule to refuse; a day past
        // the rules' ten years is refused here, before a date beyond the calendar's end is made of it.
        var latest = Today.AddYears(10);
        if (from > latest || to > latest)
        {
            ModelState.AddModelError(string.Empty, text["commission.too.far"]);
            await OnGetAsync(cancellationToken);
            return Page();
        }

        DateTimeOffset? start = from is { } first && first != Today ? VietnamTime.StartOf(first) : null;
        DateTimeOffset? until = to is { } last ? VietnamTime.StartOf(last.AddDays(1)) : null;
        var result = await sender.Send(
            new AddCommissionRuleCommand(vendorId, categoryId, audience, percent, floorVnd, capVnd, start, until, note, User.Email()), cancellationToken);
        return await AfterAsync(result.IsSuccess ? text["commission.rule.added", CommissionRulesHandler.Scope(result.Value)].Value : null, result.Error,
            cancellationToken);
    }

    public async Task<IActionResult> OnPostEndAsync(Guid ruleId, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new EndCommissionRuleCommand(ruleId, User.Email()), cancellationToken);
        return await AfterAsync(result.IsSuccess ? text["commission.rule.ended", CommissionRulesHandler.Scope(result.Value)].Value : null, result.Error,
            cancellationToken);
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
