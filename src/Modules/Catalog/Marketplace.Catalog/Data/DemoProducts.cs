using Marketplace.Catalog.Domain;

namespace Marketplace.Catalog.Data;

/// <summary>What each demo cooperative sells, by the slug of its storefront.</summary>
internal static class DemoProducts
{
    public static readonly IReadOnlyDictionary<string, (string Name, string English, SaleUnit Unit, int? Grams, long Price)[]> BySlug =
        new Dictionary<string, (string, string, SaleUnit, int?, long)[]>(StringComparer.Ordinal)
        {
            ["htx-thao-duong-vinh"] =
            [
                ("Cỏ ngọt tươi", "Fresh stevia", SaleUnit.Kilogram, null, 60_000),
                ("Cỏ ngọt sấy khô", "Dried stevia", SaleUnit.Bag, 500, 120_000),
                ("Trà cỏ ngọt túi lọc", "Stevia tea bags", SaleUnit.Box, 100, 85_000),
            ],
            ["htx-thuan-phong"] =
            [
                ("Hạt mắc ca sấy nứt vỏ", "Cracked roasted macadamia", SaleUnit.Bag, 500, 250_000),
                ("Nhân mắc ca", "Macadamia kernels", SaleUnit.Bag, 500, 320_000),
                ("Gừng tươi", "Fresh ginger", SaleUnit.Kilogram, null, 45_000),
            ],
            ["htx-suoi-giang"] =
            [
                ("Trà Shan Tuyết cổ thụ", "Ancient-tree Shan Tuyet tea", SaleUnit.Box, 200, 350_000),
                ("Hồng trà Shan Tuyết", "Shan Tuyet black tea", SaleUnit.Box, 100, 180_000),
            ],
            ["htx-dich-vu-nong-nghiep-son-thuy"] =
            [
                ("Nhãn tươi", "Fresh longan", SaleUnit.Kilogram, null, 40_000),
                ("Long nhãn sấy khô", "Dried longan", SaleUnit.Bag, 500, 150_000),
            ],
            ["htx-tan-hoang-tra"] =
            [
                ("Trà Thái Nguyên VietGAP", "Thai Nguyen VietGAP green tea", SaleUnit.Bag, 500, 300_000),
                ("Trà móc câu", "Hook-shaped green tea", SaleUnit.Box, 200, 160_000),
            ],
            ["htx-nong-nghiep-thanh-nien-nhu-co"] =
            [
                ("Gạo nếp Như Cố", "Nhu Co sticky rice", SaleUnit.Kilogram, null, 35_000),
                ("Măng khô", "Dried bamboo shoots", SaleUnit.Bag, 500, 140_000),
                ("Miến dong", "Arrowroot noodles", SaleUnit.Bag, 500, 70_000),
            ],
            ["htx-nong-nghiep-kinh-doanh-tong-hop-dong-din"] =
            [
                ("Bưởi da xanh", "Green-skin pomelo", SaleUnit.Kilogram, null, 55_000),
                ("Rau sạch giao tận nhà", "Fresh vegetable box, delivered", SaleUnit.Box, 3000, 80_000),
            ],
        };
}
