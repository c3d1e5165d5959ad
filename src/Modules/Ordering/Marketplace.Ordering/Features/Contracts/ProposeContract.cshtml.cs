using Marketplace.Catalog.Contracts;
using Marketplace.Ordering.Features.Orders;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Ordering.Features.Contracts;

/// <summary>
/// A buyer proposes a guaranteed-purchase contract on one of a product's variants (reached from
/// the product's page): the same command as POST /api/v1/contracts. The price starts at today's.
/// </summary>
[Authorize]
internal sealed class ProposeContractModel(ISender sender, IStringLocalizer<OrderingText> text) : PageModel
{
    public ProductId ProductId { get; private set; }

    public string ProductName { get; private set; } = string.Empty;

    public string VendorName { get; private set; } = string.Empty;

    public IReadOnlyList<CheckoutVariant> Variants { get; private set; } = [];

    [BindProperty]
    public VariantId? VariantId { get; set; }

    [BindProperty]
    public TermsForm Terms { get; set; } = new();

    [BindProperty]
    public DeliveryInput Delivery { get; set; } = new();

    [BindProperty]
    public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(ProductId productId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(productId, cancellationToken))
        {
            return NotFound();
        }

        VariantId = Variants[0].VariantId;
        Terms.PriceVnd = Variants[0].UnitPrice.Amount;
        Delivery.Recipient = User.Identity?.Name;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(ProductId productId, CancellationToken cancellationToken)
    {
        var result = await sender.Send(
            new ProposeContractCommand(User.UserId(), User.Email(), Cultures.Current, VariantId, Terms.ToInput(), Delivery.Delivery(), Note),
            cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = text["contract.proposed", result.Value.Number].Value;
            return Redirect($"/contracts/{result.Value.ContractId}");
        }

        // The terms' errors come as Terms.…; the address's without a prefix, as checkout names them.
        ModelState.AddErrors(result.Error!, string.Empty, key => key.StartsWith("Terms.", StringComparison.Ordinal) || key == nameof(VariantId)
            ? key
            : $"{nameof(Delivery)}.{key}");
        return await LoadAsync(productId, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(ProductId productId, CancellationToken cancellationToken)
    {
        ProductId = productId;
        var subject = await sender.Send(new GetQuotationSubjectQuery(productId, null), cancellationToken);
        if (subject is null || subject.Sellers.Count == 0)
        {
            return false;
        }

        var seller = subject.Sellers[0];
        (ProductName, VendorName) = (Bilingual.Pick(subject.Name, subject.NameEnglish), seller.VendorName);
        Variants = [.. (await sender.Send(new ListCooperativeVariantsQuery(seller.CooperativeId), cancellationToken))
            .Where(v => v.ProductId == productId && v.Purchasable)];
        return Variants.Count > 0;
    }
}
