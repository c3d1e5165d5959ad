using System.Globalization;
using Marketplace.Catalog.Contracts;
using Marketplace.Ordering.Domain;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Contracts;
using Mediator;

namespace Marketplace.Ordering.Features.Cart;

/// <summary>
/// Prices cart lines as the catalog prices them now (a price a client sends is never used):
/// grouped by cooperative, with each one's delivery quoted by Vendors for the parcel's weight and
/// the destination (the farthest zone while it is not known), and a problem named on every line
/// that cannot be bought as it stands.
/// </summary>
internal static class CartPricing
{
    private static readonly CartView Empty = new([], Money.Zero, Money.Zero, Money.Zero, CanCheckOut: false);

    /// <summary>What a unit weighs when the catalog does not say (a box, a piece): a carrier's first step, so a quote is not too low.</summary>
    public const int UnknownGramsPerUnit = 500;

    public static Task<(CartView View, IReadOnlyList<CheckoutVariant> Variants)> PriceAsync(
        this ISender sender, IReadOnlyList<CartLine> lines, bool businessBuyer, CancellationToken cancellationToken) =>
        sender.PriceAsync(lines, businessBuyer, null, cancellationToken);

    public static async Task<(CartView View, IReadOnlyList<CheckoutVariant> Variants)> PriceAsync(
        this ISender sender, IReadOnlyList<CartLine> lines, bool businessBuyer, Destination? to, CancellationToken cancellationToken)
    {
        if (lines.Count == 0)
        {
            return (Empty, []);
        }

        var variants = await sender.Send(new GetProductsForCheckoutQuery(lines.Select(l => l.VariantId).ToList()), cancellationToken);
        return (await sender.PriceAsync(lines, variants, businessBuyer, to, cancellationToken), variants);
    }

    /// <summary>Prices the lines with variants the caller has just read from the catalog (each line's, and perhaps more).</summary>
    public static async Task<CartView> PriceAsync(
        this ISender sender, IReadOnlyList<CartLine> lines, IReadOnlyList<CheckoutVariant> variants, bool businessBuyer, Destination? to,
        CancellationToken cancellationToken)
    {
        if (lines.Count == 0)
        {
            return Empty;
        }

        var byId = variants.ToDictionary(v => v.VariantId);
        var priced = lines.Where(l => byId.ContainsKey(l.VariantId)).Select(l => Price(byId[l.VariantId], l.Quantity, businessBuyer)).ToList();
        // One parcel per cooperative: its lines' weight, value and boxes, quoted together.
        var parts = priced
            .GroupBy(p => p.Variant.CooperativeId)
            .Select(g => (
                VendorName: g.First().Variant.VendorName,
                Lines: g.Select(p => p.Line).ToList(),
                Parcel: new DeliveryParcel(
                    g.Key,
                    g.Sum(p => GramsOf(p.Variant, p.Line.Quantity)),
                    g.Aggregate(Money.Zero, (sum, p) => sum + p.Line.LineTotal),
                    g.Sum(p => BoxCm3Of(p.Variant, p.Line.Quantity)))))
            .OrderBy(g => g.VendorName, VietnameseText.Comparer)
            .ToList();
        var quotes = await sender.Send(new QuoteDeliveryQuery([.. parts.Select(g => g.Parcel)], to?.Province, to?.Commune), cancellationToken);

        var groups = parts
            .Select(g =>
            {
                var (id, grams, subtotal) = (g.Parcel.CooperativeId, g.Parcel.Grams, g.Parcel.Value);
                return quotes.TryGetValue(id, out var quote)
                    ? new CartGroup(id, g.VendorName, g.Lines, subtotal, quote.FeeFor(subtotal))
                    {
                        Delivery = new CartDelivery(quote.Carrier, grams, quote.MinDays, quote.MaxDays, quote.Exact) { ChargedGrams = quote.ChargedGrams },
                    }
                    : new CartGroup(id, g.VendorName, g.Lines, subtotal, Money.Zero) { Problem = NotDelivered(g.VendorName, grams, to) };
            })
            .ToList();
        var items = groups.Aggregate(Money.Zero, (sum, g) => sum + g.Subtotal);
        var shippingTotal = groups.Aggregate(Money.Zero, (sum, g) => sum + g.Shipping);
        var canCheckOut = priced.Count == lines.Count && priced.All(p => p.Line.Problem is null) && groups.All(g => g.Problem is null);
        return new CartView(groups, items, shippingTotal, items + shippingTotal, canCheckOut);
    }

    /// <summary>
    /// Why a cooperative's parcel has no way to go: to a province no way of its reaches, or too
    /// heavy for the carriers (a cooperative that does not deliver itself everywhere).
    /// </summary>
    public static string NotDelivered(string vendor, long grams, Destination? to)
    {
        var kilograms = Kilograms(grams);
        return to is null
            ? Bilingual.Pick(
                $"{vendor} không gửi được gói {kilograms} kg này qua hãng vận chuyển.", $"{vendor} cannot send this {kilograms} kg parcel by carrier.")
            : Bilingual.Pick(
                $"{vendor} không giao gói {kilograms} kg này đến {to.Province}.", $"{vendor} does not deliver this {kilograms} kg parcel to {to.Province}.");
    }

    /// <summary>
    /// What <paramref name="quantity"/> units of the variant weigh, in grams (<see cref="UnknownGramsPerUnit"/>
    /// a unit the catalog does not weigh).
    /// </summary>
    public static long GramsOf(CheckoutVariant? variant, int quantity) => (long)(variant?.GramsPerUnit ?? UnknownGramsPerUnit) * quantity;

    /// <summary>
    /// The volume of the boxes <paramref name="quantity"/> units ship in (cm³), 0 when the cooperative
    /// has not given the variant's box: the carriers then charge the weight alone.
    /// </summary>
    public static long BoxCm3Of(CheckoutVariant? variant, int quantity) => (variant?.BoxCm3 ?? 0) * quantity;

    /// <summary>A parcel's weight as people read it: "2,6" kg in Vietnamese, "2.6" in English.</summary>
    public static string Kilograms(long grams) => (grams / 1000m).ToString("0.##", CultureInfo.CurrentCulture);

    /// <summary>The unit price at this quantity: a business buyer's, by Catalog's tiers; anyone else's, the price it sells at today.</summary>
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
            variant.Stock, problem)
        {
            ListPrice = variant.ListPrice is { } list && unit.Amount < list.Amount ? list : null,
        });
    }
}
