using Marketplace.Vendors.Contracts;

namespace Marketplace.Vendors.Data;

/// <summary>
/// Certificates of the demo cooperatives, dated from the day the demo is seeded so that the
/// demo never ages into having no badges: verified ones with years to run, one verified but
/// already expired (no badge), and one waiting in the admins' queue. Numbers are made up.
/// </summary>
internal static class DemoCertificates
{
    public static readonly IReadOnlyList<DemoCertificate> All =
    [
        new("HTX Thảo Đường Vinh", CertificationKind.VietGap, null, "VietGAP-TT-19-07-04-0123",
            "Trung tâm Chứng nhận Phù hợp (QUACERT)", -400, 2 * 365, Verified: true),
        new("HTX Suối Giàng", CertificationKind.Ocop, 4, "OCOP-YB-2024-041", "UBND tỉnh Yên Bái", -300, 3 * 365, Verified: true,
            Product: "Trà Shan Tuyết cổ thụ"),
        new("HTX Suối Giàng", CertificationKind.Organic, null, "ORG-VN-2025-0310",
            "Trung tâm Chứng nhận Phù hợp (QUACERT)", -200, 3 * 365, Verified: true),
        new("HTX Tân Hoàng Trà", CertificationKind.VietGap, null, "VietGAP-TT-14-03-19-0456",
            "Công ty Chứng nhận NHONHO Việt Nam", -250, 2 * 365, Verified: true),
        new("HTX Thuận Phong", CertificationKind.Ocop, 3, "OCOP-CB-2025-017", "UBND tỉnh Cao Bằng", -150, 3 * 365, Verified: true,
            Product: "Hạt mắc ca sấy nứt vỏ"),
        new("HTX Dịch vụ Nông nghiệp Sơn Thủy", CertificationKind.VietGap, null, "VietGAP-TT-17-02-12-0789",
            "Trung tâm Chứng nhận Phù hợp (QUACERT)", -790, 2 * 365, Verified: true),
        new("HTX Thuận Phong", CertificationKind.Organic, null, "ORG-VN-2026-0077",
            "Công ty Chứng nhận NHONHO Việt Nam", -20, 3 * 365, Verified: false),
    ];

    /// <summary>A one-page PDF standing for the scan a cooperative would upload (a real one: uploads are opened and checked).</summary>
    public static ReadOnlyMemory<byte> PlaceholderScan(string number)
    {
        using var document = new PdfSharp.Pdf.PdfDocument();
        document.Info.Title = number;
        document.AddPage();
        using var written = new MemoryStream();
        document.Save(written, closeStream: false);
        return written.ToArray();
    }
}

/// <summary>Issued <see cref="IssuedDaysAgo"/> days from the seeding day (negative: in the past), valid for <see cref="ValidDays"/>.</summary>
internal sealed record DemoCertificate(
    string Cooperative, CertificationKind Kind, int? OcopStars, string Number, string Issuer, int IssuedDaysAgo, int ValidDays, bool Verified,
    string? Product = null);
