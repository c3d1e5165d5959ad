using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Ordering.Features.Vouchers;

/// <summary>The alliance's vouchers, for every cooperative's goods, co-funded as the admins set.</summary>
[Authorize(Policy = AuthorizationPolicies.AdminPages)]
internal sealed class AdminVouchersModel(ISender sender, TimeProvider clock, IStringLocalizer<OrderingText> text) : VoucherDeskModel(sender, clock, text)
{
    public override CooperativeId? Issuer => null;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Defaults();
        await LoadAsync(cancellationToken);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => IssueAsync("/admin/vouchers", cancellationToken);

    public Task<IActionResult> OnPostEndAsync(Guid voucherId, CancellationToken cancellationToken) => EndAsync(voucherId, "/admin/vouchers", cancellationToken);
}
