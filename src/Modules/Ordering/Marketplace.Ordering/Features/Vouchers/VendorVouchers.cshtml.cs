using Marketplace.SharedKernel;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Ordering.Features.Vouchers;

/// <summary>A cooperative's own vouchers, for its goods alone and paid by it.</summary>
[Authorize]
internal sealed class VendorVouchersModel(ISender sender, TimeProvider clock, IStringLocalizer<OrderingText> text) : VoucherDeskModel(sender, clock, text)
{
    [BindProperty(SupportsGet = true)]
    public CooperativeId Id { get; set; }

    public override CooperativeId? Issuer => Id;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Defaults();
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => IssueAsync($"/cooperatives/{Id}/vouchers", cancellationToken);

    public Task<IActionResult> OnPostEndAsync(Guid voucherId, CancellationToken cancellationToken) =>
        EndAsync(voucherId, $"/cooperatives/{Id}/vouchers", cancellationToken);
}
