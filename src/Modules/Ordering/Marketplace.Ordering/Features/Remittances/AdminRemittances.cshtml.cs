using System.Globalization;
using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Ordering.Features.Remittances;

/// <summary>
/// The alliance's month's-end check of cash on delivery: the cash the carriers still hold for
/// delivered parcels, a carrier's statement imported (Excel or CSV) and what each of its lines did.
/// </summary>
[Authorize(Policy = AuthorizationPolicies.AdminPages)]
internal sealed class AdminRemittancesModel(ISender sender, IStringLocalizer<OrderingText> text) : PageModel
{
    public RemittancesOverview Overview { get; private set; } = new([], default, []);

    /// <summary>The statement just imported, shown whole above the others.</summary>
    public RemittanceView? Imported { get; private set; }

    public IEnumerable<RemittanceView> Statements =>
        Imported is { } just ? [just, .. Overview.Imported.Where(i => i.RemittanceId != just.RemittanceId)] : Overview.Imported;

    public static IReadOnlyList<DeliveryCarrier> Carriers { get; } = [DeliveryCarrier.Ghtk, DeliveryCarrier.Ghn, DeliveryCarrier.ViettelPost];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Overview = await sender.Send(new GetRemittancesQuery(), cancellationToken);

    public async Task<IActionResult> OnPostAsync(DeliveryCarrier carrier, IFormFile? statement, CancellationToken cancellationToken)
    {
        if (statement is null || statement.Length == 0 || !Carriers.Contains(carrier))
        {
            ModelState.AddModelError(string.Empty, text["remittances.nofile"]);
        }
        else
        {
            var file = (await UploadedFiles.ReadAsync([statement], cancellationToken))[0];
            var result = await sender.Send(new ImportRemittanceCommand(carrier, file, User.UserId()), cancellationToken);
            if (result.IsSuccess)
            {
                Imported = result.Value;
                TempData["Flash"] = text["remittances.done", result.Value.LinesSettled, result.Value.CashSettled.Format(CultureInfo.CurrentCulture)].Value;
            }
            else
            {
                ModelState.AddErrors(result.Error!, string.Empty, _ => string.Empty);
            }
        }

        await OnGetAsync(cancellationToken);
        return Page();
    }
}
