using System.Security.Cryptography;
using System.Text;
using Marketplace.SharedKernel;
using Marketplace.Vendors.Domain;

namespace Marketplace.Vendors.Data;

/// <summary>
/// The cooperatives named in the alliance's reports, with their provinces as they are since the
/// merger of 1 July 2025 (Resolution 202/2025/QH15: 34 provinces, no districts), plus two
/// applications for the admins' queue: one waiting, one rejected. Tax codes, phones and
/// e-mails are made up (valid in form, not real). Ids derive from the names, so every fresh
/// database gets the same ones; each contact e-mail is also the storefront owner's demo account.
/// </summary>
internal static class DemoCooperatives
{
    public const string RejectionReason = "Thiếu giấy chứng nhận đăng ký hợp tác xã.";

    public static readonly IReadOnlyList<DemoCooperative> Approved =
    [
        new(
            new CooperativeApplication(
                "HTX Thảo Đường Vinh", "HTX-4700/ĐK", "4800123456", "Cao Bằng", "xã Thạch An", "thôn Độc Lập, xã Thạch An, Cao Bằng",
                "Nông Thị Vinh", "02063852101", "lienhe1@htx-demo.vn",
                "Hợp tác xã trồng cỏ ngọt (stevia) trên 10 ha đạt chuẩn VietGAP ở thôn Độc Lập. "
                    + "Lá được hái tay, phơi và sấy tại chỗ, bán tươi, khô và làm trà túi lọc.",
                "vi"),
            "Cỏ ngọt tươi và khô từ 10 ha đạt chuẩn VietGAP",
            "A cooperative growing stevia on 10 hectares certified VietGAP in Độc Lập hamlet. "
                + "The leaves are picked by hand and dried on site, sold fresh, dried and as tea bags."),
        new(
            new CooperativeApplication(
                "HTX Thuận Phong", "HTX-4701/ĐK", "4800678909", "Cao Bằng", "xã Thạch An", "thôn Phặc Sliến, xã Thạch An, Cao Bằng",
                "Hoàng Văn Phong", "02063852102", "lienhe2@htx-demo.vn",
                "Các hộ thành viên ở thôn Phặc Sliến trồng mắc ca và gừng trên đồi, "
                    + "sơ chế và đóng gói ngay tại hợp tác xã.",
                "vi"),
            "Mắc ca và gừng vùng cao Cao Bằng",
            "Member households in Phặc Sliến hamlet grow macadamia and ginger on the hillsides and process and pack them at the cooperative."),
        new(
            new CooperativeApplication(
                "HTX Suối Giàng", "HTX-4702/ĐK", "5300456787", "Lào Cai", "xã Suối Giàng", "Văn Chấn, Yên Bái (cũ), nay thuộc Lào Cai",
                "Bàn Văn Giàng", "02163861203", "lienhe3@htx-demo.vn",
                "Trà Shan Tuyết hái từ những cây chè cổ thụ trên núi Suối Giàng, chế biến thủ công; "
                    + "hợp tác xã đã xuất khẩu sang Nhật Bản.",
                "vi"),
            "Trà Shan Tuyết cổ thụ, xuất khẩu sang Nhật Bản",
            "Shan Tuyết tea picked from ancient tea trees on Suối Giàng mountain and processed by hand; the cooperative exports to Japan."),
        new(
            new CooperativeApplication(
                "HTX Dịch vụ Nông nghiệp Sơn Thủy", "HTX-4703/ĐK", "4600234568", "Phú Thọ", "xã Xuân Thủy",
                "xã Xuân Thủy, Hòa Bình (cũ), nay thuộc Phú Thọ",
                "Bùi Thị Thủy", "02183842304", "lienhe4@htx-demo.vn",
                "Hợp tác xã dịch vụ nông nghiệp của các nhà vườn trồng nhãn ở xã Xuân Thủy, "
                    + "bán nhãn tươi theo mùa và long nhãn sấy quanh năm.",
                "vi"),
            "Nhãn tươi và long nhãn sấy",
            "An agricultural service cooperative of longan growers in Xuân Thủy commune, selling fresh longan in season and dried longan all year."),
        new(
            new CooperativeApplication(
                "HTX Tân Hoàng Trà", "HTX-4704/ĐK", "4600789016", "Thái Nguyên", "Thái Nguyên", "Thái Nguyên",
                "Nguyễn Văn Hoàng", "02083855405", "lienhe5@htx-demo.vn",
                "Đồi chè của hợp tác xã được canh tác theo VietGAP; "
                    + "trà được sao thủ công theo cách truyền thống của Thái Nguyên.",
                "vi"),
            "Trà Thái Nguyên đạt chuẩn VietGAP",
            "The cooperative's tea hills are farmed to VietGAP; the tea is pan-fired by hand in the Thái Nguyên tradition."),
        new(
            new CooperativeApplication(
                "HTX Nông nghiệp Thanh niên Như Cố", "HTX-4705/ĐK", "4700345670", "Thái Nguyên", "xã Như Cố",
                "xã Như Cố, Bắc Kạn (cũ), nay thuộc Thái Nguyên",
                "Triệu Văn Cố", "02093870506", "lienhe6@htx-demo.vn",
                "Những người trẻ ở xã Như Cố lập hợp tác xã để đưa gạo nếp, măng và miến dong "
                    + "của quê mình đến người mua ở thành phố.",
                "vi"),
            "Nông sản địa phương do thanh niên làm chủ",
            "Young people of Như Cố commune started this cooperative to bring their home's sticky rice, "
                + "bamboo shoots and arrowroot noodles to city buyers."),
        new(
            new CooperativeApplication(
                "HTX Nông nghiệp kinh doanh tổng hợp Đồng Din", "HTX-4706/ĐK", "4000567893", "Đắk Lắk", "Đắk Lắk",
                "Phú Yên (cũ), nay thuộc Đắk Lắk",
                "Trần Văn Din", "02573811607", "lienhe7@htx-demo.vn",
                "Hợp tác xã nông nghiệp kinh doanh tổng hợp, thu mua nông sản của xã viên và giao tận nhà cho khách trong vùng.",
                "vi"),
            "Nông sản sạch, giao tận nhà",
            "A general agricultural business cooperative that buys its members' produce and delivers it to customers' homes in the region."),
    ];

    public static readonly DemoCooperative Pending = new(
        new CooperativeApplication(
            "HTX Mật ong Bạc Hà", "HTX-4801/ĐK", "1000112234", "Lào Cai", "xã Bắc Hà", "thôn Na Hối, xã Bắc Hà, Lào Cai",
            "Vàng Seo Chư", "0912345678", "lienhe8@htx-demo.vn",
            "Mật ong hoa bạc hà của các hộ nuôi ong vùng cao.", "vi"),
        string.Empty,
        null);

    public static readonly DemoCooperative Rejected = new(
        new CooperativeApplication(
            "HTX Cà phê Cầu Đất Xanh", "HTX-4802/ĐK", "4200998872", "Lâm Đồng", "xã Xuân Trường", "xã Xuân Trường, Lâm Đồng",
            "Lê Văn Đất", "0987654321", "lienhe9@htx-demo.vn",
            "Cà phê arabica trồng ở độ cao 1.500 m.", "vi"),
        string.Empty,
        null);
}

internal sealed record DemoCooperative(CooperativeApplication Application, string Tagline, string? StoryEnglish)
{
    public CooperativeId Id { get; } =
        CooperativeId.From(new Guid(SHA256.HashData(Encoding.UTF8.GetBytes("demo-cooperative:" + Application.LegalName)).AsSpan(0, 16)));

    public string OwnerEmail => Application.Email;
}
