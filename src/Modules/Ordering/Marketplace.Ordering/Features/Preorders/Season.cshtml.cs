using Marketplace.SharedKernel.Security;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Ordering.Features.Preorders;

/// <summary>
/// The season's calendar: what harvests are coming and when, by month of harvest, with the
/// windows open to reserve now and "notify me" on those coming; filtered by product, province or cooperative.
/// </summary>
internal sealed class SeasonModel(ISender sender, IStringLocalizer<OrderingText> text) : PageModel
{
    /// <summary>The coming windows the signed-in buyer asked to be told of.</summary>
    public IReadOnlySet<Guid> Alerts { get; private set; } = new HashSet<Guid>();

    public IReadOnlyList<PreorderWindowView> Windows { get; private set; } = [];

    public IReadOnlyList<string> Provinces { get; private set; } = [];

    public IReadOnlyList<string> Cooperatives { get; private set; } = [];

    public string? Q { get; private set; }

    public string? Province { get; private set; }

    public string? Cooperative { get; private set; }

    public async Task OnGetAsync(string? q, string? province, string? cooperative, CancellationToken cancellationToken)
    {
        var all = await sender.Send(new ListOpenPreordersQuery(), cancellationToken);
        Provinces = [.. all.Select(w => w.Province).Where(p => p.Length > 0).Distinct().Order(StringComparer.Ordinal)];
        Cooperatives = [.. all.Select(w => w.VendorName).Distinct().Order(StringComparer.Ordinal)];
        (Q, Province, Cooperative) = (q?.Trim(), province, cooperative);
        Windows = [.. all.Where(w =>
            (string.IsNullOrEmpty(Q) || w.ProductName.Contains(Q, StringComparison.CurrentCultureIgnoreCase))
            && (string.IsNullOrEmpty(province) || w.Province == province)
            && (string.IsNullOrEmpty(cooperative) || w.VendorName == cooperative))];
        if (User.Identity?.IsAuthenticated == true)
        {
            Alerts = (await sender.Send(new ListMyPreorderAlertsQuery(User.UserId()), cancellationToken)).ToHashSet();
        }
    }

    public Task<IActionResult> OnPostAlertAsync(Guid alertWindowId) => PreorderAlertActions.AskAsync(this, sender, text, alertWindowId);

    public Task<IActionResult> OnPostDropAlertAsync(Guid alertWindowId) => PreorderAlertActions.DropAsync(this, sender, text, alertWindowId);
}
