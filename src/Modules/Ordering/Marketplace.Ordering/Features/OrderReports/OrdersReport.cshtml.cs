using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Ordering.Features.OrderReports;

/// <summary>The alliance's orders report: by period, payment method, province, category and product, cancellations and late parts.</summary>
[Authorize(Policy = AuthorizationPolicies.AdminPages)]
internal sealed class OrdersReportModel(ISender sender, TimeProvider clock) : OrdersReportPageModel(sender, clock)
{
    private readonly ISender sender = sender;

    [BindProperty(SupportsGet = true, Name = "vendor")]
    public CooperativeId? Cooperative { get; set; }

    public IReadOnlyList<StorefrontSummary> Cooperatives { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Cooperatives = await sender.Send(new ListStorefrontsQuery(), cancellationToken);
        await LoadAsync(Cooperative, cancellationToken);
    }

    public Task<IActionResult> OnGetExportAsync(string? format, CancellationToken cancellationToken) => ExportAsync(Cooperative, format, cancellationToken);
}
