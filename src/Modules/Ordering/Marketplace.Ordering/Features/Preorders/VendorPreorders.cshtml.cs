using Marketplace.Catalog.Contracts;
using Marketplace.Ordering.Domain;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Ordering.Features.Preorders;

/// <summary>The cooperative's pre-order windows, and the form that opens one on a variant of its own.</summary>
[Authorize]
internal sealed class VendorPreordersModel(ISender sender, TimeProvider clock, IStringLocalizer<OrderingText> text) : PageModel
{
    public CooperativeId Id { get; private set; }

    public IReadOnlyList<PreorderWindowView> Windows { get; private set; } = [];

    public IReadOnlyList<CheckoutVariant> Variants { get; private set; } = [];

    [BindProperty]
    public WindowInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CooperativeId id, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        Input = new WindowInput
        {
            OpensOn = today,
            ClosesOn = today.AddDays(30),
            HarvestOn = today.AddDays(45),
            DepositPercent = 30,
            Rule = nameof(AllocationRule.FirstComeFirstServed),
        };
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(CooperativeId id, CancellationToken cancellationToken)
    {
        var result = await sender.Send(
            new OpenPreorderWindowCommand(
                id, User.UserId(), Input.VariantId is { } variant ? VariantId.From(variant) : null, Input.LotCode ?? string.Empty,
                Input.OpensOn ?? default, Input.ClosesOn ?? default, Input.HarvestOn ?? default, Input.Capacity ?? 0, Input.PriceVnd ?? 0,
                Input.DepositPercent ?? -1, Input.Rule ?? string.Empty),
            cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = text["preorder.opened", result.Value.LotCode].Value;
            return Redirect($"/cooperatives/{id}/preorders/{result.Value.WindowId}");
        }

        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        ModelState.AddErrors(result.Error!, nameof(Input));
        return Page();
    }

    private async Task<bool> LoadAsync(CooperativeId id, CancellationToken cancellationToken)
    {
        Id = id;
        var windows = await sender.Send(new ListVendorPreordersQuery(id, User.UserId()), cancellationToken);
        if (!windows.IsSuccess)
        {
            return false;
        }

        Windows = windows.Value;
        Variants = await sender.Send(new ListCooperativeVariantsQuery(id), cancellationToken);
        return true;
    }

    internal sealed class WindowInput
    {
        public Guid? VariantId { get; set; }

        public string? LotCode { get; set; }

        public DateOnly? OpensOn { get; set; }

        public DateOnly? ClosesOn { get; set; }

        public DateOnly? HarvestOn { get; set; }

        public int? Capacity { get; set; }

        public long? PriceVnd { get; set; }

        public int? DepositPercent { get; set; }

        public string? Rule { get; set; }
    }
}
