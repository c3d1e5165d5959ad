using Marketplace.Catalog.Domain;

namespace Marketplace.Catalog.Data;

/// <summary>The marketplace's shelves, parents first (slug, Vietnamese, English, parent slug).</summary>
internal static class DemoCategories
{
    public static readonly IReadOnlyList<(string Slug, string Name, string English, string? Parent)> All =
    [
        ("tra", "Trà", "Tea", null),
        ("tra-xanh", "Trà xanh", "Green tea", "tra"),
        ("hong-tra", "Hồng trà", "Black tea", "tra"),
        ("tra-thao-moc", "Trà thảo mộc", "Herbal tea", "tra"),
        ("hat", "Hạt", "Nuts", null),
        ("trai-cay", "Trái cây", "Fruit", null),
        ("chat-tao-ngot", "Chất tạo ngọt", "Sweeteners", null),
        ("gia-vi", "Gia vị", "Spices", null),
        ("gao-ngu-coc", "Gạo và ngũ cốc", "Rice and grains", null),
        ("dac-san-kho", "Đặc sản khô", "Dried specialities", null),
        ("rau-cu", "Rau củ", "Vegetables", null),
    ];
}

/// <summary>A variant of a demo product; volume tiers are (from quantity, price).</summary>
internal sealed record DemoVariant(string Sku, SaleUnit Unit, int? Grams, long Price, (int From, long Price)[] Tiers, int MinOrder = 1);

/// <summary>A demo product; its lots are (code suffix, days before seeding it was harvested, shelf life in days).</summary>
internal sealed record DemoProduct(string Name, string English, string Category, DemoVariant[] Variants, (string Code, int DaysAgo, int? ShelfDays)[] Lots);

/// <summary>What each demo cooperative sells, by the slug of its storefront: the cooperatives' own kind of goods.</summary>
internal static class DemoProducts
{
    public static readonly IReadOnlyDictionary<string, DemoProduct[]> BySlug = new Dictionary<string, DemoProduct[]>(StringComparer.Ordinal)
    {
        ["htx-thao-duong-vinh"] =
        [
            new("Cỏ ngọt tươi", "Fresh stevia", "chat-tao-ngot",
                [
                    new("TDV-COT-KG", SaleUnit.Kilogram, null, 60_000, [(20, 55_000), (100, 50_000)]),
                    new("TDV-COT-YEN", SaleUnit.Yen, null, 550_000, [], 2),
                ],
                [("TDV-COT-2611", 3, 7)]),
            new("Cỏ ngọt sấy khô", "Dried stevia", "chat-tao-ngot",
                [new("TDV-CSK-500", SaleUnit.Bag, 500, 120_000, [(20, 110_000)])],
                [("TDV-CSK-2610", 40, 365)]),
            new("Trà cỏ ngọt túi lọc", "Stevia tea bags", "tra-thao-moc",
                [new("TDV-TCN-100", SaleUnit.Box, 100, 85_000, [(50, 75_000)])],
                [("TDV-TCN-2609", 70, 540)]),
        ],
        ["htx-thuan-phong"] =
        [
            new("Hạt mắc ca sấy nứt vỏ", "Cracked roasted macadamia", "hat",
                [
                    new("TP-MC-500", SaleUnit.Bag, 500, 250_000, [(20, 230_000), (100, 210_000)]),
                    new("TP-MC-KG", SaleUnit.Kilogram, null, 480_000, [(10, 450_000)]),
                ],
                [("TP-MC-2610", 45, 270)]),
            new("Nhân mắc ca", "Macadamia kernels", "hat", [new("TP-NMC-500", SaleUnit.Bag, 500, 320_000, [(20, 300_000)])], [("TP-NMC-2610", 30, 240)]),
            new("Gừng tươi", "Fresh ginger", "gia-vi",
                [
                    new("TP-GUNG-KG", SaleUnit.Kilogram, null, 45_000, [(50, 40_000)]),
                    new("TP-GUNG-TA", SaleUnit.Ta, null, 3_800_000, [], 1),
                ],
                [("TP-GUNG-2611", 5, 30)]),
        ],
        ["htx-suoi-giang"] =
        [
            new("Trà Shan Tuyết cổ thụ", "Ancient-tree Shan Tuyet tea", "tra-xanh",
                [
                    new("SG-STCT-200", SaleUnit.Box, 200, 350_000, [(10, 330_000), (50, 300_000)]),
                    new("SG-STCT-KG", SaleUnit.Kilogram, null, 1_600_000, [(10, 1_450_000)], 5),
                ],
                [("SG-2026-03", 240, 730), ("SG-2025-09", 430, 730)]),
            new("Hồng trà Shan Tuyết", "Shan Tuyet black tea", "hong-tra",
                [new("SG-HT-100", SaleUnit.Box, 100, 180_000, [(20, 165_000)])],
                [("SG-HT-2607", 130, 730)]),
        ],
        ["htx-dich-vu-nong-nghiep-son-thuy"] =
        [
            new("Nhãn tươi", "Fresh longan", "trai-cay",
                [
                    new("ST-NHAN-KG", SaleUnit.Kilogram, null, 40_000, [(50, 35_000)]),
                    new("ST-NHAN-YEN", SaleUnit.Yen, null, 370_000, []),
                ],
                [("ST-NHAN-2608", 100, 10)]),
            new("Long nhãn sấy khô", "Dried longan", "dac-san-kho",
                [new("ST-LN-500", SaleUnit.Bag, 500, 150_000, [(20, 140_000)])],
                [("ST-LN-2609", 80, 365)]),
        ],
        ["htx-tan-hoang-tra"] =
        [
            new("Trà Thái Nguyên VietGAP", "Thai Nguyen VietGAP green tea", "tra-xanh",
                [
                    new("THT-TN-500", SaleUnit.Bag, 500, 300_000, [(10, 280_000), (100, 250_000)]),
                    new("THT-TN-KG", SaleUnit.Kilogram, null, 580_000, [(20, 520_000)], 2),
                ],
                [("THT-2610", 35, 540)]),
            new("Trà móc câu", "Hook-shaped green tea", "tra-xanh",
                [new("THT-MC-200", SaleUnit.Box, 200, 160_000, [(20, 150_000)])],
                [("THT-MC-2609", 60, 540)]),
        ],
        ["htx-nong-nghiep-thanh-nien-nhu-co"] =
        [
            new("Gạo nếp Như Cố", "Nhu Co sticky rice", "gao-ngu-coc",
                [
                    new("NC-NEP-KG", SaleUnit.Kilogram, null, 35_000, [(50, 32_000)]),
                    new("NC-NEP-YEN", SaleUnit.Yen, null, 330_000, [(10, 310_000)]),
                ],
                [("NC-NEP-2610", 50, 365)]),
            new("Măng khô", "Dried bamboo shoots", "dac-san-kho",
                [new("NC-MANG-500", SaleUnit.Bag, 500, 140_000, [(20, 130_000)])],
                [("NC-MANG-2607", 120, 365)]),
            new("Miến dong", "Arrowroot noodles", "dac-san-kho",
                [new("NC-MIEN-500", SaleUnit.Bag, 500, 70_000, [(50, 62_000)])],
                [("NC-MIEN-2610", 25, 365)]),
        ],
        ["htx-nong-nghiep-kinh-doanh-tong-hop-dong-din"] =
        [
            new("Bưởi da xanh", "Green-skin pomelo", "trai-cay",
                [new("DD-BUOI-KG", SaleUnit.Kilogram, null, 55_000, [(50, 48_000)])],
                [("DD-BUOI-2611", 6, 30)]),
            new("Rau sạch giao tận nhà", "Fresh vegetable box, delivered", "rau-cu", [new("DD-RAU-3KG", SaleUnit.Box, 3000, 80_000, [])], []),
        ],
    };
}
