using Marketplace.Catalog.Contracts;
using Marketplace.Ordering.Domain;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Contracts;
using Mediator;

namespace Marketplace.Ordering.Features.Cart;

/// <summary>
/// Prices cart lines as the catalog prices them now (a price a client sends is never used):
/// grouped by cooperative, with each one's delivery fee, and a problem named on every line that
/// cannot be bought as it stands.
/// </summary>
internal static class CartPricing
{
    private static readonly CartView Empty = new([], Money.Zero, Money.Zero, Money.Zero, CanCheckOut: false);

    public static async Task<(CartView View, IReadOnlyList<CheckoutVariant> Variants)> PriceAsync(
        this ISender sender, IReadOnlyList<CartLine> lines, bool businessBuyer, CancellationToken cancellationToken)
    {
        if (lines.Count == 0)
        {
            return (Empty, []);
        }

        var variants = await sender.Send(new GetProductsForCheckoutQuery(lines.Select(l => l.VariantId).ToList()), cancellationToken);
        return (await sender.PriceAsync(lines, variants, businessBuyer, cancellationToken), variants);
    }

    /// <summary>Prices the lines with variants the caller has just read from the catalog (each line's, and perhaps more).</summary>
    public static async Task<CartView> PriceAsync(
        this ISender sender, IReadOnlyList<CartLine> lines, IReadOnlyList<CheckoutVariant> variants, bool businessBuyer, CancellationToken cancellationToken)
    {
        if (lines.Count == 0)
        {
            return Empty;
        }

        var byId = variants.ToDictionary(v => v.VariantId);
        var priced = lines.Where(l => byId.ContainsKey(l.VariantId)).Select(l => Price(byId[l.VariantId], l.Quantity, businessBuyer)).ToList();
        var terms = await sender.Send(new GetShippingTermsQuery(priced.Select(p => p.Variant.CooperativeId).Distinct().ToList()), cancellationToken);

        var groups = priced
            .GroupBy(p => (p.Variant.CooperativeId, p.Variant.VendorName))
            .OrderBy(g => g.Key.VendorName, VietnameseText.Comparer)
            .Select(g =>
            {
                var subtotal = g.Aggregate(Money.Zero, (sum, p) => sum + p.Line.LineTotal);
                var shipping = terms.TryGetValue(g.Key.CooperativeId, out var t) ? t.FeeFor(subtotal) : Money.Zero;
                return new CartGroup(g.Key.CooperativeId, g.Key.VendorName, g.Select(p => p.Line).ToList(), subtotal, shipping);
            })
            .ToList();
        var items = groups.Aggregate(Money.Zero, (sum, g) => sum + g.Subtotal);
        var shippingTotal = groups.Aggregate(Money.Zero, (sum, g) => sum + g.Shipping);
        var canCheckOut = priced.Count == lines.Count && priced.All(p => p.Line.Problem is null);
        return new CartView(groups, items, shippingTotal, items + shippingTotal, canCheckOut);
    }

    /// <summary>The unit price at this quantity: a business buyer's, by Catalog's tiers; anyone else's, the list price.</summary>
    public static Money UnitPrice(CheckoutVariant variant, int quantity, bool businessBuyer) =>
        businessBuyer ? variant.PriceAt(quantity) : variant.UnitPrice;

    private static (CheckoutVariant Variant, CartLineView Line) Price(CheckoutVariant variant, int quantity, bool businessBuyer)
    {
        var unit = UnitPrice(variant, quantity, businessBuyer);
        var problem =
            !variant.Purchasable ? Bilingual.Pick("Sản phẩm đã ngừng bán.", "No longer on sale.")
            : quantity > variant.Stock ? Bilingual.Pick($"Chỉ còn {variant.Stock}.", $"Only {variant.Stock} left.")
            : businessBuyer && quantity < variant.MinOrderQuantity ? Bilingual.Pick(
                $"Đơn sỉ tối thiểu {variant.MinOrderQuantity}.", $"The minimum for business orders is {variant.MinOrderQuantity}.")
            : null;
        return (variant, new CartLineView(
            variant.VariantId, variant.ProductId, variant.ProductName, variant.Sku, variant.Unit, variant.NetWeightGrams, quantity, unit, unit * quantity,
            variant.Stock, problem));
    }
}
