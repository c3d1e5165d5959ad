using Marketplace.SharedKernel;
using Marketplace.Vendors.Domain;

namespace Marketplace.Vendors.Tests;

/// <summary>A valid application by default; a test overrides only what it is about.</summary>
internal static class Builders
{
    public static CooperativeApplication Application(string legalName = "HTX Thảo Đường Vinh", string taxCode = "4800123456") =>
        new(
            legalName, "HTX-1/ĐK", taxCode, "Cao Bằng", "xã Thạch An", "thôn Độc Lập, xã Thạch An", "Nông Thị Vinh", "0912345678",
            "lienhe@htx.vn", "Cỏ ngọt", "vi");

    public static Cooperative Pending(string legalName = "HTX Thảo Đường Vinh", string taxCode = "4800123456") =>
        Cooperative.Apply(
            CooperativeId.New(), "owner@htx.vn", Application(legalName, taxCode), Marketplace.SharedKernel.Text.VietnameseText.Slugify(legalName),
            DateTimeOffset.UtcNow);
}
