namespace Marketplace.SharedKernel.Vietnam;

/// <summary>
/// Vietnam's 34 provinces and centrally-run cities since 1 July 2025 (Resolution
/// 202/2025/QH15), which merged the former 63 and removed the district level.
/// </summary>
public static class Provinces
{
    public static readonly IReadOnlyList<string> All =
    [
        "An Giang", "Bắc Ninh", "Cà Mau", "Cao Bằng", "Cần Thơ", "Đà Nẵng", "Đắk Lắk", "Điện Biên",
        "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Nội", "Hà Tĩnh", "Hải Phòng", "Hưng Yên", "Huế",
        "Khánh Hòa", "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Nghệ An", "Ninh Bình", "Phú Thọ",
        "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sơn La", "Tây Ninh", "Thái Nguyên", "Thanh Hóa",
        "TP. Hồ Chí Minh", "Tuyên Quang", "Vĩnh Long",
    ];

    private static readonly HashSet<string> Names = new(All, StringComparer.Ordinal);

    public static bool Contains(string? province) => province is not null && Names.Contains(province);
}
