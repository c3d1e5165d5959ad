namespace Marketplace.SharedKernel.Vietnam;

/// <summary>The three regions carriers price by (miền Bắc, miền Trung with the Central Highlands, miền Nam).</summary>
public enum Region
{
    North,
    Central,
    South,
}

/// <summary>How far a parcel goes, as Vietnamese carriers' price lists count it.</summary>
public enum DeliveryZone
{
    /// <summary>Nội tỉnh: within one province.</summary>
    SameProvince,

    /// <summary>Nội miền: between provinces of one region.</summary>
    SameRegion,

    /// <summary>Liên miền: from one region to another.</summary>
    OtherRegion,
}

/// <summary>
/// The region of each of the 34 provinces since July 2025. Thanh Hóa, Nghệ An and Hà Tĩnh (Bắc
/// Trung Bộ) count as the Centre, and Lâm Đồng and Khánh Hòa too, as the carriers' lists have them.
/// </summary>
public static class Regions
{
    private static readonly Dictionary<string, Region> ByProvince = new(StringComparer.Ordinal)
    {
        ["Bắc Ninh"] = Region.North,
        ["Cao Bằng"] = Region.North,
        ["Điện Biên"] = Region.North,
        ["Hà Nội"] = Region.North,
        ["Hải Phòng"] = Region.North,
        ["Hưng Yên"] = Region.North,
        ["Lai Châu"] = Region.North,
        ["Lạng Sơn"] = Region.North,
        ["Lào Cai"] = Region.North,
        ["Ninh Bình"] = Region.North,
        ["Phú Thọ"] = Region.North,
        ["Quảng Ninh"] = Region.North,
        ["Sơn La"] = Region.North,
        ["Thái Nguyên"] = Region.North,
        ["Tuyên Quang"] = Region.North,
        ["Thanh Hóa"] = Region.Central,
        ["Nghệ An"] = Region.Central,
        ["Hà Tĩnh"] = Region.Central,
        ["Quảng Trị"] = Region.Central,
        ["Huế"] = Region.Central,
        ["Đà Nẵng"] = Region.Central,
        ["Quảng Ngãi"] = Region.Central,
        ["Gia Lai"] = Region.Central,
        ["Đắk Lắk"] = Region.Central,
        ["Khánh Hòa"] = Region.Central,
        ["Lâm Đồng"] = Region.Central,
        ["TP. Hồ Chí Minh"] = Region.South,
        ["Đồng Nai"] = Region.South,
        ["Tây Ninh"] = Region.South,
        ["Cần Thơ"] = Region.South,
        ["Vĩnh Long"] = Region.South,
        ["Đồng Tháp"] = Region.South,
        ["An Giang"] = Region.South,
        ["Cà Mau"] = Region.South,
    };

    public static Region? Of(string? province) => province is not null && ByProvince.TryGetValue(province, out var region) ? region : null;

    /// <summary>
    /// The zone from one province to another; a province that is not one of the 34 (an old
    /// address, say) counts as the farthest, so a quote is never too low.
    /// </summary>
    public static DeliveryZone Between(string? from, string? to) =>
        from is not null && from == to && Provinces.Contains(from) ? DeliveryZone.SameProvince
        : Of(from) is { } a && Of(to) is { } b && a == b ? DeliveryZone.SameRegion
        : DeliveryZone.OtherRegion;
}
