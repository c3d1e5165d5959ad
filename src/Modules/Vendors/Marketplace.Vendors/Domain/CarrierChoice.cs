using Marketplace.SharedKernel.Vietnam;

namespace Marketplace.Vendors.Domain;

/// <summary>The carriers a cooperative uses, kept in one column.</summary>
[Flags]
internal enum CarrierChoice
{
    None = 0,
    Ghn = 1,
    Ghtk = 2,
    ViettelPost = 4,
}

internal static class CarrierChoices
{
    public static CarrierChoice Of(IEnumerable<DeliveryCarrier> carriers) =>
        carriers.Aggregate(CarrierChoice.None, (set, carrier) => set | carrier switch
        {
            DeliveryCarrier.Ghn => CarrierChoice.Ghn,
            DeliveryCarrier.Ghtk => CarrierChoice.Ghtk,
            DeliveryCarrier.ViettelPost => CarrierChoice.ViettelPost,
            _ => CarrierChoice.None,
        });

    public static IReadOnlyList<DeliveryCarrier> List(this CarrierChoice set) =>
        [
            .. set.HasFlag(CarrierChoice.Ghn) ? [DeliveryCarrier.Ghn] : Array.Empty<DeliveryCarrier>(),
            .. set.HasFlag(CarrierChoice.Ghtk) ? [DeliveryCarrier.Ghtk] : Array.Empty<DeliveryCarrier>(),
            .. set.HasFlag(CarrierChoice.ViettelPost) ? [DeliveryCarrier.ViettelPost] : Array.Empty<DeliveryCarrier>(),
        ];
}
