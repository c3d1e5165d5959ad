using Marketplace.Ordering.Contracts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Vietnam;

namespace Marketplace.Ordering.Domain;

/// <summary>
/// An order line as the reports read it: one row per line, with the order's day, province,
/// buyer and payment method beside it, in columns a database can group and index (a part's
/// lines are JSON). Written by the same SaveChanges that adds the part, and marked cancelled by
/// the one that cancels it (<see cref="Data.OrderingDbContext"/>), so the reports never lag the orders.
/// </summary>
internal sealed class SoldLine
{
    private SoldLine()
    {
    }

    private SoldLine(Order order, OrderPart part, OrderLine line)
    {
        Id = Guid.NewGuid();
        OrderId = order.Id;
        PartId = part.Id;
        CooperativeId = part.CooperativeId;
        BuyerId = order.BuyerId;
        Day = VietnamTime.DayOf(order.PlacedAt);
        Province = Cut(order.Delivery.Province, 100);
        PaymentMethod = order.PaymentMethod;
        VariantId = line.VariantId;
        Sku = Cut(line.Sku, 100);
        ProductName = Cut(line.ProductName, 200);
        Quantity = line.Quantity;
        GoodsVnd = line.TotalVnd;
        Cancelled = part.Undone;
    }

    public Guid Id { get; private set; }

    public OrderId OrderId { get; private set; }

    public OrderPartId PartId { get; private set; }

    public CooperativeId CooperativeId { get; private set; }

    public UserId BuyerId { get; private set; }

    /// <summary>The day the order was placed, in Vietnam.</summary>
    public DateOnly Day { get; private set; }

    public string Province { get; private set; } = string.Empty;

    public PaymentMethod PaymentMethod { get; private set; }

    /// <summary>Null for a quoted line that holds no stock.</summary>
    public VariantId? VariantId { get; private set; }

    public string Sku { get; private set; } = string.Empty;

    public string ProductName { get; private set; } = string.Empty;

    public int Quantity { get; private set; }

    public long GoodsVnd { get; private set; }

    public bool Cancelled { get; private set; }

    public static IEnumerable<SoldLine> Of(Order order, OrderPart part) => part.Lines.Select(line => new SoldLine(order, part, line));

    public void Cancel() => Cancelled = true;

    private static string Cut(string text, int length) => text.Length > length ? text[..length] : text;
}
