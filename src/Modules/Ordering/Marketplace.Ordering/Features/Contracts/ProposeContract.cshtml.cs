using System.Globalization;
using Marketplace.Catalog.Contracts;
using Marketplace.Ordering.Domain;
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

    /// <summary>The request for quotation the contract grows from, when it does.</summary>
    [BindProperty]
    public Guid? RfqId { get; set; }

    /// <summary>What the quote said, for the buyer to read beside the terms (it is in the request's unit).</summary>
    public string? FromQuote { get; private set; }

    public async Task<IActionResult> OnGetAsync(ProductId? productId, Guid? rfqId, Guid? quoteId, CancellationToken cancellationToken)
    {
        if (rfqId is { } rfq && quoteId is { } quote)
        {
            return await FromQuoteAsync(rfq, quote, cancellationToken);
        }

        if (productId is not { } product || !await LoadAsync(product, cancellationToken))
        {
            return NotFound();
        }

        VariantId = Variants[0].VariantId;
        Terms.PriceVnd = Variants[0].RegularPrice.Amount;
        Delivery.Recipient = User.Identity?.Name;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(ProductId productId, CancellationToken cancellationToken)
    {
        var result = await sender.Send(
            new ProposeContractCommand(User.UserId(), User.Email(), Cultures.Current, VariantId, Terms.ToInput(), Delivery.Delivery(), Note, RfqId),
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

    /// <summary>
    /// From a quote on the buyer's request: the cooperative's variant the quote names (by its SKU,
    /// else the requested product's, by the kilogram first), and the quote's quantity and price turned into that variant's
    /// unit when the two units are weights; otherwise the list price, and the quote shown beside.
    /// </summary>
    private async Task<IActionResult> FromQuoteAsync(Guid rfqId, Guid quoteId, CancellationToken cancellationToken)
    {
        var rfq = await sender.Send(new Rfqs.GetRfqQuery(rfqId, User.UserId()), cancellationToken);
        var quote = rfq.IsSuccess ? rfq.Value.Quotes.SingleOrDefault(q => q.QuoteId == quoteId) : null;
        if (quote is null)
        {
            return NotFound();
        }

        var variants = await sender.Send(new ListCooperativeVariantsQuery(quote.CooperativeId), cancellationToken);
        // Without a SKU, the product's variant sold by the kilogram if it has one: the request was in weight.
        var variant = variants.FirstOrDefault(v => v.Sku == quote.Sku && v.Purchasable)
            ?? variants.Where(v => v.ProductId == rfq.Value.ProductId && v.Purchasable).OrderByDescending(v => v.Unit == "kg").FirstOrDefault();
        if (variant is null || !await LoadAsync(variant.ProductId, cancellationToken))
        {
            return NotFound();
        }

        RfqId = rfqId;
        VariantId = variant.VariantId;
        var price = quote.UnitPrice.Format(CultureInfo.CurrentCulture);
        FromQuote = $"{rfq.Value.Number} · {quote.VendorName}: {quote.Quantity} {rfq.Value.Unit.Label()} × {price}";
        Note = text["contract.fromquote.note", rfq.Value.Number].Value;
        decimal kgPerRequestUnit = rfq.Value.Unit.Kilograms();
        var kgPerVariantUnit = variant.Unit == "kg" ? 1m : variant.GramsPerUnit is { } grams ? grams / 1000m : (decimal?)null;
        if (kgPerVariantUnit is { } kg)
        {
            // Left empty when it would not fit a delivery (a huge quote in small packs): the buyer types it.
            var units = Math.Round(quote.Quantity * kgPerRequestUnit / kg, MidpointRounding.AwayFromZero);
            Terms.QuantityPerDelivery = units <= Domain.PreorderWindow.MaxUnits ? (int)units : 0;
            Terms.PriceVnd = (long)Math.Round(quote.UnitPrice.Amount * kg / kgPerRequestUnit, MidpointRounding.AwayFromZero);
        }
        else
        {
            Terms.PriceVnd = variant.RegularPrice.Amount;
        }

        Delivery.Recipient = User.Identity?.Name;
        return Page();
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
