using Marketplace.SharedKernel;

namespace Marketplace.Ordering.Domain;

/// <summary>
/// Units of a shipped line that came from one lot: what a recall reads to find exactly who
/// received the lot. A row, not part of the line's JSON, so the lot's buyers are found by an
/// index; written by the save that ships the part, and never changed after but to mark the recall.
/// </summary>
internal sealed class ShippedLot
{
    private ShippedLot()
    {
    }

    public ShippedLot(OrderPart part, OrderLine line, Guid lotId, string lotCode, int quantity, DateTimeOffset shippedAt)
    {
        Id = Guid.NewGuid();
        LotId = lotId;
        LotCode = lotCode;
        OrderId = part.OrderId;
        PartId = part.Id;
        CooperativeId = part.CooperativeId;
        VariantId = line.VariantId!.Value;
        Sku = line.Sku;
        Unit = line.Unit.Length > 50 ? line.Unit[..50] : line.Unit;
        Quantity = quantity;
        ShippedAt = shippedAt;
    }

    public Guid Id { get; private set; }

    /// <summary>Catalog's lot; its code is kept beside it to show without asking Catalog.</summary>
    public Guid LotId { get; private set; }

    public string LotCode { get; private set; } = string.Empty;

    public OrderId OrderId { get; private set; }

    public OrderPartId PartId { get; private set; }

    public CooperativeId CooperativeId { get; private set; }

    public VariantId VariantId { get; private set; }

    public string Sku { get; private set; } = string.Empty;

    public string Unit { get; private set; } = string.Empty;

    /// <summary>In the line's units.</summary>
    public int Quantity { get; private set; }

    public DateTimeOffset ShippedAt { get; private set; }

    public DateTimeOffset? RecalledAt { get; private set; }

    public string? RecallReason { get; private set; }

    public void Recalled(string reason, DateTimeOffset at)
    {
        RecalledAt = at;
        RecallReason = reason;
    }
}
