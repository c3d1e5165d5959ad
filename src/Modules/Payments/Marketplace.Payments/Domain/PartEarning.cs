using Marketplace.SharedKernel;

namespace Marketplace.Payments.Domain;

/// <summary>
/// A prepaid part that reached its buyer, and when its money becomes payable (delivery plus the
/// holding period then in force). The release is booked once, when that moment has passed.
/// </summary>
internal sealed class PartEarning
{
    private PartEarning()
    {
    }

    public PartEarning(OrderPartId partId, CooperativeId cooperativeId, DateTimeOffset deliveredAt, DateTimeOffset payableFrom)
    {
        PartId = partId;
        CooperativeId = cooperativeId;
        DeliveredAt = deliveredAt;
        PayableFrom = payableFrom;
    }

    public OrderPartId PartId { get; private set; }

    public CooperativeId CooperativeId { get; private set; }

    public DateTimeOffset DeliveredAt { get; private set; }

    public DateTimeOffset PayableFrom { get; private set; }

    public DateTimeOffset? ReleasedAt { get; private set; }

    public void Released(DateTimeOffset at) => ReleasedAt = at;
}
