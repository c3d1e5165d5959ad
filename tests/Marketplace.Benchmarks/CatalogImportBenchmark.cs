using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MiniExcelLibs;

namespace Marketplace.Benchmarks;

/// <summary>
/// A cooperative's catalog workbook of 10,000 lines (9,900 variants of 1,980 products and 100
/// lots) uploaded over HTTP, as a person's browser sends it: the time from the request to the
/// report, checking only (every run), then applying once and checking the same file again (now
/// every line matches a saved one).
/// </summary>
internal static class CatalogImportBenchmark
{
    public static async Task<string> RunAsync(string provider, HttpClient client, int runs)
    {
        var token = await BulkOrderBenchmark.TokenAsync(client, "lienhe2@htx-demo.vn", "Owner#Demo2025");
        using var mine = new HttpRequestMessage(HttpMethod.Get, "/api/v1/cooperatives/mine");
        mine.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var cooperativeId = (await (await client.SendAsync(mine)).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>())[0]
            .GetProperty("cooperativeId").GetGuid();
        var workbook = Workbook(9_900, 100);

        var check = new List<double>();
        for (var run = 0; run <= runs; run++)
        {
            var (ms, report) = await PostAsync(client, token, cooperativeId, workbook, apply: false);
            if (report.GetProperty("problems").GetArrayLength() > 0)
            {
                throw new InvalidOperationException($"The benchmark's workbook has problems: {report.GetProperty("problems")[0]}");
            }

            if (run > 0)
            {
                check.Add(ms);
            }
        }

        var (applyMs, applied) = await PostAsync(client, token, cooperativeId, workbook, apply: true);
        var added = applied.GetProperty("variantsAdded").GetInt32();
        var recheck = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            recheck.Add((await PostAsync(client, token, cooperativeId, workbook, apply: false)).Ms);
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"| {provider} | 10,000 lines, {workbook.Length / 1024:N0} KB | check: median {Median(check):F0} ms, max {check.Max():F0} ms "
                + $"| apply ({added:N0} variants added): {applyMs:F0} ms | check again, all saved: median {Median(recheck):F0} ms | {runs} runs |");
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static byte[] Workbook(int variantLines, int lotLines)
    {
        var packs = new (string Unit, int? Grams, long Price)[]
        {
            ("túi", 500, 120_000), ("túi", 1000, 230_000), ("kg", null, 220_000), ("yến", null, 2_100_000), ("thùng", 10_000, 2_000_000),
        };
        var products = Enumerable.Range(0, variantLines).Select(i => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["Tên sản phẩm"] = $"Chè thử tải số {i / packs.Length + 1}",
            ["Danh mục"] = i % packs.Length == 0 ? "Trà xanh" : null,
            ["Đơn vị"] = packs[i % packs.Length].Unit,
            ["Khối lượng tịnh (g)"] = packs[i % packs.Length].Grams,
            ["Giá (đ)"] = packs[i % packs.Length].Price,
            ["Tồn kho"] = 10 + i % 90,
            ["Giá sỉ"] = i % 7 == 0 ? "10: 100.000" : null,
        }).ToList();
        var lots = Enumerable.Range(0, lotLines).Select(i => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["Tên sản phẩm"] = $"Chè thử tải số {i + 1}",
            ["Mã lô"] = $"BENCH-{Guid.NewGuid():N}"[..18],
            ["Ngày thu hoạch"] = "05/09/2026",
            ["Xã, phường"] = "xã Suối Giàng",
            ["Tỉnh, thành"] = "Lào Cai",
            ["Sản lượng"] = 500,
            ["Đơn vị"] = "kg",
        }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object> { ["Sản phẩm"] = products, ["Lô hàng"] = lots });
        return stream.ToArray();
    }

    private static async Task<(double Ms, JsonElement Report)> PostAsync(HttpClient client, string token, Guid cooperativeId, byte[] workbook, bool apply)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/cooperatives/{cooperativeId}/catalog/import?apply={(apply ? "true" : "false")}")
        {
            Content = new MultipartFormDataContent { { new ByteArrayContent(workbook), "file", "catalog.xlsx" } },
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var clock = Stopwatch.StartNew();
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var ms = clock.Elapsed.TotalMilliseconds;
        return response.IsSuccessStatusCode
            ? (ms, JsonDocument.Parse(body).RootElement.Clone())
            : throw new InvalidOperationException($"{(int)response.StatusCode}: {body[..Math.Min(body.Length, 1000)]}");
    }
}
