using Marketplace.SharedKernel;

namespace Marketplace.Ordering.Domain;

internal sealed record CartLine(VariantId VariantId, int Quantity);

/// <summary>Units of a pre-order window the shopper means to reserve: they hold nothing until reserved.</summary>
internal sealed record CartPreorderLine(Guid WindowId, int Quantity);

/// <summary>
/// What a shopper means to buy: variants and quantities only, and the pre-orders they mean to
/// reserve beside them. Prices are never kept here; the catalog prices the cart each time it is
/// shown and at checkout, and the windows price the pre-orders.
/// </summary>
internal sealed class Cart
{
    /// <summary>A business buyer's bulk order may hold thousands of lines; the catalog prices them in one query.</summary>
    public const int MaxLines = 5_000;

    /// <summary>Pre-orders are reserved one by one, each with its own deposit: a few dozen is already a lot.</summary>
    public const int MaxPreorderLines = 50;

    private Cart()
    {
    }

    public Cart(Guid id, string ownerKey, DateTimeOffset now)
    {
        Id = id;
        OwnerKey = ownerKey;
        UpdatedAt = now;
    }

    public Guid Id { get; private set; }

    public string OwnerKey { get; private set; } = string.Empty;

    public List<CartLine> Lines { get; private set; } = [];

    public List<CartPreorderLine> Preorders { get; private set; } = [];

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>The voucher the shopper applied: priced with the cart each time, and used (counted) only when the order is placed.</summary>
    public string? VoucherCode { get; private set; }

    public void UseVoucher(string? code, DateTimeOffset now)
    {
        VoucherCode = code;
        UpdatedAt = now;
    }

    public void Set(VariantId variantId, int quantity, DateTimeOffset now)
    {
        Lines = Lines.Where(l => l.VariantId != variantId).ToList();
        if (quantity > 0)
        {
            Lines.Add(new CartLine(variantId, quantity));
        }

        UpdatedAt = now;
    }

    /// <summary>Adds quantities to many lines at once (a bulk order), in one pass over the lines.</summary>
    public void AddAll(IReadOnlyDictionary<VariantId, int> quantities, DateTimeOffset now)
    {
        var merged = Lines.ToDictionary(l => l.VariantId, l => l.Quantity);
        foreach (var (variantId, quantity) in quantities)
        {
            merged[variantId] = merged.GetValueOrDefault(variantId) + quantity;
        }

        Lines = merged.Select(m => new CartLine(m.Key, m.Value)).ToList();
        UpdatedAt = now;
    }

    public int QuantityOf(VariantId variantId) => Lines.Where(l => l.VariantId == variantId).Sum(l => l.Quantity);

    public void SetPreorder(Guid windowId, int quantity, DateTimeOffset now)
    {
        Preorders = Preorders.Where(l => l.WindowId != windowId).ToList();
        if (quantity > 0)
        {
            Preorders.Add(new CartPreorderLine(windowId, quantity));
        }

        UpdatedAt = now;
    }

    public int PreorderQuantityOf(Guid windowId) => Preorders.Where(l => l.WindowId == windowId).Sum(l => l.Quantity);

    /// <summary>
    /// A visitor's cart joins the person's at sign-in: quantities add up, what either chose is kept,
    /// within the same limits a cart keeps when lines are added one by one (a line beyond them is
    /// left out). Whether a window still has what is asked is shown on the line, as for any line.
    /// </summary>
    public void MergeFrom(Cart visitor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        foreach (var line in visitor.Lines.Where(l => QuantityOf(l.VariantId) > 0 || Lines.Count < MaxLines))
        {
            Set(line.VariantId, QuantityOf(line.VariantId) + line.Quantity, now);
        }

        foreach (var line in visitor.Preorders.Where(l => PreorderQuantityOf(l.WindowId) > 0 || Preorders.Count < MaxPreorderLines))
        {
            SetPreorder(line.WindowId, PreorderQuantityOf(line.WindowId) + line.Quantity, now);
        }

        VoucherCode ??= visitor.VoucherCode;
    }

    /// <summary>Checkout empties the goods; the pre-orders stay, to be reserved on their own (each has its own deposit).</summary>
    public void Clear(DateTimeOffset now)
    {
        Lines = [];
        VoucherCode = null;
        UpdatedAt = now;
    }
}
