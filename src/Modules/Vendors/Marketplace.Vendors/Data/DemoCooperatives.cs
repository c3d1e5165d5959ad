using System.Security.Cryptography;
using System.Text;
using Marketplace.Vendors.Domain;

namespace Marketplace.Vendors.Data;

/// <summary>
/// The cooperatives named in the alliance's reports, with their provinces as they are since the
/// merger of 1 July 2025 (Resolution 202/2025/QH15: 34 provinces, no districts). Their ids are
/// derived from their names, so every fresh database gets the same ones.
/// </summary>
internal static class DemoCooperatives
{
    public static readonly IReadOnlyList<(Guid Id, CooperativeProfile Profile)> All =
    [
        Make(new CooperativeProfile(
            "HTX Thảo Đường Vinh", "Cao Bằng", "xã Thạch An", "thôn Độc Lập, xã Thạch An, Cao Bằng",
            "Cỏ ngọt tươi và khô từ 10 ha đạt chuẩn VietGAP",
            "Hợp tác xã trồng cỏ ngọt (stevia) trên 10 ha đạt chuẩn VietGAP ở thôn Độc Lập. Lá được hái tay, phơi và sấy tại chỗ, bán tươi, khô và làm trà túi lọc.",
            "A cooperative growing stevia on 10 hectares certified VietGAP in Độc Lập hamlet. The leaves are picked by hand and dried on site, sold fresh, dried and as tea bags.")),
        Make(new CooperativeProfile(
            "HTX Thuận Phong", "Cao Bằng", "xã Thạch An", "thôn Phặc Sliến, xã Thạch An, Cao Bằng",
            "Mắc ca và gừng vùng cao Cao Bằng",
            "Các hộ thành viên ở thôn Phặc Sliến trồng mắc ca và gừng trên đồi, sơ chế và đóng gói ngay tại hợp tác xã.",
            "Member households in Phặc Sliến hamlet grow macadamia and ginger on the hillsides and process and pack them at the cooperative.")),
        Make(new CooperativeProfile(
            "HTX Suối Giàng", "Lào Cai", "xã Suối Giàng", "Văn Chấn, Yên Bái (cũ), nay thuộc Lào Cai",
            "Trà Shan Tuyết cổ thụ, xuất khẩu sang Nhật Bản",
            "Trà Shan Tuyết hái từ những cây chè cổ thụ trên núi Suối Giàng, chế biến thủ công; hợp tác xã đã xuất khẩu sang Nhật Bản.",
            "Shan Tuyết tea picked from ancient tea trees on Suối Giàng mountain and processed by hand; the cooperative exports to Japan.")),
        Make(new CooperativeProfile(
            "HTX Dịch vụ Nông nghiệp Sơn Thủy", "Phú Thọ", "xã Xuân Thủy", "xã Xuân Thủy, Hòa Bình (cũ), nay thuộc Phú Thọ",
            "Nhãn tươi và long nhãn sấy",
            "Hợp tác xã dịch vụ nông nghiệp của các nhà vườn trồng nhãn ở xã Xuân Thủy, bán nhãn tươi theo mùa và long nhãn sấy quanh năm.",
            "An agricultural service cooperative of longan growers in Xuân Thủy commune, selling fresh longan in season and dried longan all year.")),
        Make(new CooperativeProfile(
            "HTX Tân Hoàng Trà", "Thái Nguyên", "", "Thái Nguyên",
            "Trà Thái Nguyên đạt chuẩn VietGAP",
            "Đồi chè của hợp tác xã được canh tác theo VietGAP; trà được sao thủ công theo cách truyền thống của Thái Nguyên.",
            "The cooperative's tea hills are farmed to VietGAP; the tea is pan-fired by hand in the Thái Nguyên tradition.")),
        Make(new CooperativeProfile(
            "HTX Nông nghiệp Thanh niên Như Cố", "Thái Nguyên", "xã Như Cố", "xã Như Cố, Bắc Kạn (cũ), nay thuộc Thái Nguyên",
            "Nông sản địa phương do thanh niên làm chủ",
            "Những người trẻ ở xã Như Cố lập hợp tác xã để đưa gạo nếp, măng và miến dong của quê mình đến người mua ở thành phố.",
            "Young people of Như Cố commune started this cooperative to bring their home's sticky rice, bamboo shoots and arrowroot noodles to city buyers.")),
        Make(new CooperativeProfile(
            "HTX Nông nghiệp kinh doanh tổng hợp Đồng Din", "Đắk Lắk", "", "Phú Yên (cũ), nay thuộc Đắk Lắk",
            "Nông sản sạch, giao tận nhà",
            "Hợp tác xã nông nghiệp kinh doanh tổng hợp, thu mua nông sản của xã viên và giao tận nhà cho khách trong vùng.",
            "A general agricultural business cooperative that buys its members' produce and delivers it to customers' homes in the region.")),
    ];

    private static (Guid, CooperativeProfile) Make(CooperativeProfile profile) =>
        (new Guid(SHA256.HashData(Encoding.UTF8.GetBytes("demo-cooperative:" + profile.Name)).AsSpan(0, 16)), profile);
}
