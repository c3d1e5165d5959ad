using System.Globalization;
using System.Net;
using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests.Catalog;

/// <summary>
/// How well search answers the way people type, measured on the demo catalog (17 products of 7
/// cooperatives): queries with and without diacritics, local and English words, synonyms (chè/trà,
/// macca/mắc ca), category and cooperative names, typos. Each query names the products a shopper
/// means; the test reports recall@10 (the share of those among the first ten) and the rank of the
/// first right answer, and holds the figures that the search reached (see the README).
/// Run on SQLite, and again on PostgreSQL in the suite's second pass.
/// </summary>
public sealed class SearchEvaluationTests(MarketplaceFactory factory, ITestOutputHelper output) : IClassFixture<MarketplaceFactory>
{
    private static readonly string[] Teas =
        ["Trà cỏ ngọt túi lọc", "Trà Shan Tuyết cổ thụ", "Hồng trà Shan Tuyết", "Trà Thái Nguyên VietGAP", "Trà móc câu"];
    private static readonly string[] ShanTuyet = ["Trà Shan Tuyết cổ thụ", "Hồng trà Shan Tuyết"];
    private static readonly string[] GreenTeas = ["Trà Shan Tuyết cổ thụ", "Trà Thái Nguyên VietGAP", "Trà móc câu"];
    private static readonly string[] Macadamia = ["Hạt mắc ca sấy nứt vỏ", "Nhân mắc ca"];
    private static readonly string[] Longan = ["Nhãn tươi", "Long nhãn sấy khô"];
    private static readonly string[] Stevia = ["Cỏ ngọt tươi", "Cỏ ngọt sấy khô", "Trà cỏ ngọt túi lọc"];
    private static readonly string[] NhuCo = ["Gạo nếp Như Cố", "Măng khô", "Miến dong"];

    /// <summary>The evaluation set: what a shopper types, and the products they mean.</summary>
    public static readonly IReadOnlyList<(string Query, string[] Right)> Set =
    [
        ("trà", Teas), ("tra", Teas), ("chè", Teas), ("che", Teas), ("tea", Teas),
        ("chè shan tuyết", ShanTuyet), ("che shan tuyet", ShanTuyet), ("shan tuyết", ShanTuyet), ("shan tuyt", ShanTuyet),
        ("san tuyet", ShanTuyet), ("shan tuyeet", ShanTuyet),
        ("trà cổ thụ", ["Trà Shan Tuyết cổ thụ"]), ("chè cổ thụ", ["Trà Shan Tuyết cổ thụ"]),
        ("hồng trà", ["Hồng trà Shan Tuyết"]), ("trà đen", ["Hồng trà Shan Tuyết"]), ("black tea", ["Hồng trà Shan Tuyết"]),
        ("trà xanh", GreenTeas), ("chè xanh", GreenTeas), ("green tea", GreenTeas),
        ("trà thái nguyên", ["Trà Thái Nguyên VietGAP"]), ("che thai", ["Trà Thái Nguyên VietGAP"]), ("vietgap", ["Trà Thái Nguyên VietGAP"]),
        ("trà túi lọc", ["Trà cỏ ngọt túi lọc"]), ("tra tui loc", ["Trà cỏ ngọt túi lọc"]),
        ("trà thảo mộc", ["Trà cỏ ngọt túi lọc"]), ("herbal tea", ["Trà cỏ ngọt túi lọc"]),
        ("trà móc câu", ["Trà móc câu"]), ("moc cau", ["Trà móc câu"]),
        ("mắc ca", Macadamia), ("mac ca", Macadamia), ("macca", Macadamia), ("macadamia", Macadamia), ("maca", Macadamia),
        ("macadamai", Macadamia), ("hạt mắc ca", Macadamia), ("hạt", Macadamia), ("nuts", Macadamia),
        ("nhân mắc ca", ["Nhân mắc ca"]), ("nhan macca", ["Nhân mắc ca"]), ("mắc ca nứt vỏ", ["Hạt mắc ca sấy nứt vỏ"]),
        ("nhãn", Longan), ("nhan", Longan), ("nhãn lồng", Longan), ("longan", Longan), ("nhãn tươi", ["Nhãn tươi"]),
        ("long nhãn", ["Long nhãn sấy khô"]), ("dried longan", ["Long nhãn sấy khô"]),
        ("cỏ ngọt", Stevia), ("co ngot", Stevia), ("stevia", Stevia), ("stevai", Stevia), ("cỏ ngọt sấy", ["Cỏ ngọt sấy khô"]),
        ("chất tạo ngọt", ["Cỏ ngọt tươi", "Cỏ ngọt sấy khô"]),
        ("gừng", ["Gừng tươi"]), ("gung", ["Gừng tươi"]), ("ginger", ["Gừng tươi"]), ("gừgn", ["Gừng tươi"]),
        ("gia vị", ["Gừng tươi"]),
        ("gạo nếp", ["Gạo nếp Như Cố"]), ("nếp", ["Gạo nếp Như Cố"]), ("sticky rice", ["Gạo nếp Như Cố"]),
        ("gao", ["Gạo nếp Như Cố"]),
        ("ngũ cốc", ["Gạo nếp Như Cố"]),
        ("măng khô", ["Măng khô"]), ("mang kho", ["Măng khô"]), ("bamboo", ["Măng khô"]),
        ("miến dong", ["Miến dong"]), ("mien", ["Miến dong"]), ("đặc sản khô", ["Long nhãn sấy khô", "Măng khô", "Miến dong"]),
        ("bưởi", ["Bưởi da xanh"]), ("buoi da xanh", ["Bưởi da xanh"]), ("pomelo", ["Bưởi da xanh"]), ("pomello", ["Bưởi da xanh"]),
        ("trái cây", ["Nhãn tươi", "Bưởi da xanh"]), ("hoa quả", ["Nhãn tươi", "Bưởi da xanh"]),
        ("rau sạch", ["Rau sạch giao tận nhà"]), ("rau củ", ["Rau sạch giao tận nhà"]), ("vegetables", ["Rau sạch giao tận nhà"]),
        ("suối giàng", ShanTuyet), ("thuận phong", ["Hạt mắc ca sấy nứt vỏ", "Nhân mắc ca", "Gừng tươi"]), ("như cố", NhuCo),
        ("htx tân hoàng trà", ["Trà Thái Nguyên VietGAP", "Trà móc câu"]),
    ];

    [Fact]
    public async Task TheEvaluationSet_FindsWhatShoppersMean()
    {
        Assert.True(Set.Count >= 60, "the evaluation set holds at least 60 queries");
        var client = factory.CreateClient();
        var recalls = new List<double>();
        var firstRanks = new List<int?>();
        var lines = new List<string>();
        foreach (var (query, right) in Set)
        {
            using var response = await client.GetAsync("/api/v1/products?pageSize=10&q=" + Uri.EscapeDataString(query));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var names = (await response.JsonAsync()).GetProperty("items").EnumerateArray()
                .Select(i => i.GetProperty("name").GetString()!).ToList();
            var recall = (double)right.Count(names.Contains) / right.Length;
            int? first = names.FindIndex(right.Contains) is var at and >= 0 ? at + 1 : null;
            recalls.Add(recall);
            firstRanks.Add(first);
            var rank = first?.ToString(CultureInfo.InvariantCulture) ?? "-";
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{query,-22} recall@10 {recall:0.00}  first right {rank}"));
        }

        var found = firstRanks.Where(r => r is not null).Select(r => r!.Value).ToList();
        var database = TestDatabase.UsePostgres ? "PostgreSQL" : "SQLite";
        var summary = string.Create(
            CultureInfo.InvariantCulture,
            $"{database}: {Set.Count} queries, recall@10 {recalls.Average():0.000}, all found {recalls.Count(r => r == 1)}, "
            + $"first right answer found {found.Count}, at rank 1 {found.Count(r => r == 1)}, mean rank {(found.Count > 0 ? found.Average() : 0):0.00}, "
            + $"MRR {firstRanks.Average(r => r is { } rank ? 1.0 / rank : 0):0.000}");
        output.WriteLine(summary);
        foreach (var line in lines)
        {
            output.WriteLine(line);
        }

        File.WriteAllLines(Path.Combine(Path.GetTempPath(), $"search-evaluation-{database.ToLowerInvariant()}.txt"), [summary, .. lines]);

        // What the search reached on both databases (before synonyms, names weighed above
        // descriptions, typo correction and the closer word: recall@10 0.646 on SQLite, 0.780 on
        // PostgreSQL). Every query finds a right product, nearly always first.
        var missed = lines.Where(l => l.EndsWith(" -", StringComparison.Ordinal));
        Assert.True(found.Count == Set.Count, "every query finds a right product:\n" + string.Join('\n', missed));
        Assert.True(recalls.Average() >= 0.97, summary);
        Assert.True(found.Count(r => r == 1) >= Set.Count * 95 / 100, summary);
    }
}
