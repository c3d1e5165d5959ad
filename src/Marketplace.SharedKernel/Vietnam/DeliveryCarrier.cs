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
