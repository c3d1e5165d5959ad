using Marketplace.Ordering.Domain;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Ordering.Features.Preorders;

/// <summary>The alliance's list of deposits owed back to buyers: returned to the card in one click, or recorded once transferred.</summary>
[Authorize(Policy = AuthorizationPolicies.AdminPages)]
internal sealed class AdminDepositsModel(ISender sender, IStringLocalizer<OrderingText> text) : PageModel
{
    public DepositReturnsPage Returns { get; private set; } = new([], 0, 1, ListDepositReturnsQuery.PageSize);

    /// <summary>Read from the query string (or the form) by name: Razor Pages keeps its own route value "page".</summary>
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Returns = await sender.Send(new ListDepositReturnsQuery(PageNumber), cancellationToken);

    public static string PageLink(int page) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/admin/deposits?page={page}");

    public async Task<IActionResult> OnPostAsync(Guid reservationId, DepositReturnMethod? method, CancellationToken cancellationToken)
    {
        if (method is null)
        {
            return BadRequest();
        }

        var result = await sender.Send(new ReturnDepositCommand(reservationId, User.Email(), method.Value), cancellationToken);
        if (result.IsSuccess)
        {
            var returned = result.Value.Returned.Format(System.Globalization.CultureInfo.CurrentCulture);
            TempData["Flash"] = text["deposits.returned", result.Value.Number, returned].Value;
            return LocalRedirect(PageLink(PageNumber));
        }

        ModelState.AddErrors(result.Error!, string.Empty, _ => string.Empty);
        await OnGetAsync(cancellationToken);
        return Page();
    }
}
