using System.Globalization;
using Marketplace.Ordering.Contracts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Ordering.Features.OrdersDesk;

/// <summary>The admins' orders desk: every order, searched and filtered, a page at a time, and the same as a file.</summary>
[Authorize(Policy = AuthorizationPolicies.AdminPages)]
internal sealed class OrdersDeskModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "vendor")]
    public CooperativeId? Cooperative { get; set; }

    [BindProperty(SupportsGet = true)]
    public PartStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public OrderPaymentState? Payment { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    /// <summary>Read from the query string by name: Razor Pages keeps its own route value "page".</summary>
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public OrdersDeskPage? Found { get; private set; }

    public IReadOnlyList<StorefrontSummary> Cooperatives { get; private set; } = [];

    public string? Problem { get; private set; }

    public OrdersDeskFilter Filter => new(Search, Cooperative, Status, Payment, From, To);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Cooperatives = await sender.Send(new ListStorefrontsQuery(), cancellationToken);
        if (OrdersDeskLimits.Check(Filter) is { } refused)
        {
            Problem = refused.Message;
            return;
        }

        Found = await sender.Send(new SearchOrdersQuery(Filter, PageNumber), cancellationToken);
    }

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken cancellationToken)
    {
        if (OrdersDeskLimits.Check(Filter) is not null)
        {
            return BadRequest();
        }

        var file = await sender.Send(new ExportOrdersQuery(Filter, string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase)), cancellationToken);
        return File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>This page's address with the filter kept and the page changed.</summary>
    public string PageLink(int page) => Link(("page", page.ToString(CultureInfo.InvariantCulture)));

    public string ExportLink(string format) => Link(("handler", "Export"), ("format", format));

    private string Link(params (string Name, string? Value)[] extra)
    {
        var pairs = new (string Name, string? Value)[]
        {
            ("q", Search), ("vendor", Cooperative?.ToString()), ("status", Status?.ToString()), ("payment", Payment?.ToString()),
            ("from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        };
        return "/admin/orders" + QueryString.Create(
            pairs.Concat(extra).Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => new KeyValuePair<string, string?>(p.Name, p.Value)));
    }
}
