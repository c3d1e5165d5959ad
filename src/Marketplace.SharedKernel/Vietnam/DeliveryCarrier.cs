namespace Marketplace.SharedKernel.Vietnam;

/// <summary>Who carries a cooperative's parcels: its own people, or one of the carriers the alliance works with.</summary>
public enum DeliveryCarrier
{
    /// <summary>The cooperative delivers itself (or through a local courier it pays), at its own flat fee.</summary>
    Own,

    /// <summary>Giao Hàng Nhanh.</summary>
    Ghn,

    /// <summary>Giao Hàng Tiết Kiệm.</summary>
    Ghtk,

    /// <summary>Viettel Post.</summary>
    ViettelPost,
}

public static class DeliveryCarriers
{
    /// <summary>The carrier's own name, the same in every language: written on a part as who carries it.</summary>
    public static string BrandName(this DeliveryCarrier carrier) => carrier switch
    {
        DeliveryCarrier.Ghn => "Giao Hàng Nhanh",
        DeliveryCarrier.Ghtk => "Giao Hàng Tiết Kiệm",
        DeliveryCarrier.ViettelPost => "Viettel Post",
        _ => carrier.ToString(),
    };
}
