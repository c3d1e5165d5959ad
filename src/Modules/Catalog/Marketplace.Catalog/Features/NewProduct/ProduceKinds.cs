namespace Marketplace.Catalog.Features.NewProduct;

/// <summary>
/// A kind of produce the alliance's cooperatives sell, and what a new product of that kind
/// usually is: its category (by slug, when the marketplace has it), how it is packed, and a
/// description to start from. Choosing one fills the new-product form, so a first product is a
/// name, a price and a stock away. The facts are the common ones of the trade, to be corrected.
/// </summary>
internal sealed record ProduceKind(
    string Key, string Vietnamese, string English, string CategorySlug, string Unit, int? NetWeightGrams, string Name, string Description);

internal static class ProduceKinds
{
    public static readonly IReadOnlyList<ProduceKind> All =
    [
        new("tra-xanh", "Trà xanh, chè búp", "Green tea", "tra-xanh", "bag", 200, "Trà xanh",
            "Chè búp hái tay trên đồi chè của hợp tác xã, sao khô theo cách truyền thống. Pha với nước 85–90 °C, hãm 2–3 phút."),
        new("hong-tra", "Hồng trà", "Black tea", "hong-tra", "bag", 200, "Hồng trà",
            "Búp chè ủ lên men và sấy khô tại hợp tác xã, nước màu hổ phách, vị ngọt dịu. Pha với nước sôi, hãm 3–4 phút."),
        new("nhan-tuoi", "Nhãn tươi", "Fresh longan", "trai-cay", "kg", null, "Nhãn lồng",
            "Nhãn hái trong ngày tại vườn của các thành viên hợp tác xã, cùi dày, ngọt đậm. Bảo quản mát, dùng trong 3–5 ngày."),
        new("long-nhan", "Long nhãn sấy", "Dried longan", "dac-san-kho", "bag", 500, "Long nhãn sấy",
            "Cùi nhãn tách tay và sấy khô tại hợp tác xã, không đường, không chất bảo quản. Để nơi khô ráo, dùng trong 12 tháng."),
        new("mac-ca", "Mắc ca", "Macadamia", "hat", "bag", 500, "Mắc ca sấy nứt vỏ",
            "Hạt mắc ca thu từ vườn của hợp tác xã, sấy nứt vỏ, kèm dụng cụ tách. Để nơi khô ráo, dùng trong 12 tháng."),
        new("co-ngot", "Cỏ ngọt", "Stevia", "chat-tao-ngot", "bag", 100, "Cỏ ngọt khô",
            "Lá cỏ ngọt trồng và phơi sấy tại hợp tác xã, ngọt tự nhiên, không năng lượng. Hãm như trà hoặc nấu cùng món ăn."),
        new("mat-ong", "Mật ong", "Honey", "chat-tao-ngot", "box", 500, "Mật ong",
            "Mật ong nuôi tại hợp tác xã, quay mật đúng vụ hoa, không pha đường. Để nơi thoáng mát, không cần bảo quản lạnh."),
        new("gao", "Gạo", "Rice", "gao-ngu-coc", "bag", 5000, "Gạo",
            "Gạo vụ mới của các thành viên hợp tác xã, xay xát tại địa phương. Để nơi khô ráo, dùng trong 6 tháng."),
    ];

    public static ProduceKind? Find(string? key) => All.FirstOrDefault(k => k.Key == key);
}
