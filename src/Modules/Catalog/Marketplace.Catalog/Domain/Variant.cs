using Marketplace.Catalog.Contracts;
using Marketplace.SharedKernel;

namespace Marketplace.Catalog.Domain;

/// <summary>A volume price: from <see cref="MinQuantity"/> units on, each costs <see cref="PriceVnd"/>.</summary>
internal sealed record VolumeTier(int MinQuantity, long PriceVnd);

/// <summary>What a cooperative states about a variant, already checked.</summary>
internal sealed record VariantTerms(
    string Sku,
    SaleUnit Unit,
    int? NetWeightGrams,
    long PriceVnd,
    int Stock,
    int MinOrderQuantity,
    IReadOnlyList<VolumeTier> Tiers,
    BoxSize? Box = null);

/// <summary>
/// One way a product is sold ("túi 500 g", "thùng 10 kg"): its own price, stock, volume tiers and
/// minimum order quantity for business buyers. Stock is taken by a single conditional UPDATE
/// (see the stock features), never read-modify-write, so it cannot be oversold.
/// </summary>
internal sealed class Variant
{
    private Variant()
    {
    }

    public Variant(VariantId id, ProductId productId, VariantTerms terms, int position)
    {
        Id = id;
        ProductId = productId;
        Position = position;
        Apply(terms);
    }

    public VariantId Id { get; private set; }

    public ProductId ProductId { get; private set; }

    public string Sku { get; private set; } = string.Empty;

    public SaleUnit Unit { get; private set; }

    public int? NetWeightGrams { get; private set; }

    /// <summary>The sides of the box a unit ships in (all three or none), for carriers' volumetric weight.</summary>
    public int? BoxLengthCm { get; private set; }

    public int? BoxWidthCm { get; private set; }

    public int? BoxHeightCm { get; private set; }

    public BoxSize? Box => BoxSize.From(BoxLengthCm, BoxWidthCm, BoxHeightCm);

    public long PriceVnd { get; private set; }

    public int Stock { get; private set; }

    public int MinOrderQuantity { get; private set; } = 1;

    public List<VolumeTier> Tiers { get; private set; } = [];

    public int Position { get; private set; }

    /// <summary>Changes on every write, stock reservations included: an edit made on stale stock is refused.</summary>
    public Guid Version { get; private set; }

    public void Apply(VariantTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(terms.PriceVnd);
        ArgumentOutOfRangeException.ThrowIfNegative(terms.Stock);
        Sku = terms.Sku;
        Unit = terms.Unit;
        NetWeightGrams = terms.NetWeightGrams;
        (BoxLengthCm, BoxWidthCm, BoxHeightCm) = (terms.Box?.LengthCm, terms.Box?.WidthCm, terms.Box?.HeightCm);
        PriceVnd = terms.PriceVnd;
        Stock = terms.Stock;
        MinOrderQuantity = Math.Max(1, terms.MinOrderQuantity);
        Tiers = terms.Tiers.OrderBy(t => t.MinQuantity).ToList();
        Version = Guid.NewGuid();
    }

    /// <summary>The unit price at this quantity: the best tier it reaches, else the list price.</summary>
    public long PriceFor(int quantity) =>
        VolumeTierView.PriceAt(PriceVnd, Tiers.Select(t => (t.MinQuantity, t.PriceVnd)), quantity);

    /// <summary>A sale's price, from <see cref="SaleFrom"/> to <see cref="SaleUntil"/> (Vietnam's dates, both whole days); null when none is set.</summary>
    public long? SalePriceVnd { get; private set; }

    public DateOnly? SaleFrom { get; private set; }

    public DateOnly? SaleUntil { get; private set; }

    /// <summary>
    /// Whether the sale runs on this Vietnam date. A sale runs by whole days, as a cooperative
    /// announces one ("giảm giá từ 1/12 đến hết 7/12"), and the cached shopper pages are keyed by the
    /// date, so no page shows yesterday's price. A list price lowered below the sale's ends the sale's effect.
    /// </summary>
    public bool OnSale(DateOnly today) =>
        SalePriceVnd < PriceVnd && SaleFrom <= today && today <= SaleUntil;

    /// <summary>What one unit costs on this date to anyone: the sale's price while it runs, else the list price.</summary>
    public long PriceOn(DateOnly today) => OnSale(today) ? SalePriceVnd!.Value : PriceVnd;

    /// <summary>The volume tiers that still save something on this date: a tier above a running sale's price is no offer.</summary>
    public IEnumerable<VolumeTier> TiersOn(DateOnly today)
    {
        var price = PriceOn(today);
        return Tiers.Where(t => t.PriceVnd < price);
    }

    /// <summary>Sets the sale (already checked: below the list price, from no later than until).</summary>
    public void PutOnSale(long priceVnd, DateOnly from, DateOnly until)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(priceVnd);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(from, until);
        (SalePriceVnd, SaleFrom, SaleUntil) = (priceVnd, from, until);
    }

    public void EndSale() => (SalePriceVnd, SaleFrom, SaleUntil) = (null, null, null);
}
