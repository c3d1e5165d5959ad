using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Marketplace.Benchmarks;

/// <summary>
/// A business buyer's bulk order of 5,000 lines over HTTP, as a purchasing system sends it: the
/// time from the request to the answer, checking only and checking and adding to the cart (a new
/// buyer's empty cart each time), after one run to warm up.
/// </summary>
internal static class BulkOrderBenchmark
{
    public static async Task<string> RunAsync(string provider, HttpClient client, IReadOnlyList<string> skus, int runs)
    {
        var csv = new StringBuilder("sku,quantity\n");
        foreach (var sku in skus.Take(5_000))
        {
            csv.Append(sku).Append(",1\n");
        }

        var content = Encoding.UTF8.GetBytes(csv.ToString());
        var admin = await TokenAsync(client, "admin@htx-marketplace.vn", "Admin#Demo2025");
        var check = new List<double>();
        var add = new List<double>();
        var valid = 0;
        for (var run = 0; run <= runs; run++)
        {
            var buyer = await BuyerAsync(client, admin);
            var (checkMs, _) = await PostAsync(client, buyer, content, checkOnly: true);
            var (addMs, result) = await PostAsync(client, buyer, content, checkOnly: false);
            valid = result.GetProperty("valid").GetInt32();
            if (run > 0)
            {
                check.Add(checkMs);
                add.Add(addMs);
            }
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"| {provider} | {skus.Count:N0} lines ({valid:N0} valid) | check: median {Median(check):F0} ms, max {check.Max():F0} ms "
                + $"| check and add: median {Median(add):F0} ms, max {add.Max():F0} ms | {runs} runs |");
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static async Task<(double Ms, JsonElement Result)> PostAsync(HttpClient client, string token, byte[] csv, bool checkOnly)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/cart/bulk?checkOnly={checkOnly}") { Content = new ByteArrayContent(csv) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var clock = Stopwatch.StartNew();
        using var response = await client.SendAsync(request);
        var result = await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        return (clock.Elapsed.TotalMilliseconds, result);
    }

    /// <summary>A new person with a verified business account, and a token that carries the BulkBuyer role.</summary>
    private static async Task<string> BuyerAsync(HttpClient client, string admin)
    {
        var email = $"bench-{Guid.NewGuid():N}@example.vn";
        (await client.PostAsJsonAsync("/api/v1/account/register", new { email, password = "Bench#Mark2026", displayName = "Bench" })).EnsureSuccessStatusCode();
        var token = await TokenAsync(client, email, "Bench#Mark2026");
        using var register = new HttpRequestMessage(HttpMethod.Post, "/api/v1/business-accounts")
        {
            Content = JsonContent.Create(new
            {
                companyName = "Công ty Đo Tải",
                taxCode = TaxCode(),
                address = "1 Lê Lợi, Hà Nội",
                contactPerson = "Bench",
                phone = "0912345678"
            }),
        };
        register.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var account = await (await client.SendAsync(register)).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        using var verify = new HttpRequestMessage(
            HttpMethod.Post, $"/api/v1/admin/business-accounts/{account.GetProperty("businessAccountId").GetGuid()}/decisions")
        {
            Content = JsonContent.Create(new { decision = "Verify" }),
        };
        verify.Headers.Authorization = new AuthenticationHeaderValue("Bearer", admin);
        (await client.SendAsync(verify)).EnsureSuccessStatusCode();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            token = await TokenAsync(client, email, "Bench#Mark2026");
            using var me = new HttpRequestMessage(HttpMethod.Get, "/api/v1/account/me");
            me.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var roles = await (await client.SendAsync(me)).Content.ReadFromJsonAsync<JsonElement>();
            if (roles.GetProperty("roles").EnumerateArray().Any(r => r.GetString() == "BulkBuyer"))
            {
                return token;
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException("The buyer never became a BulkBuyer.");
    }

    public static async Task<string> TokenAsync(HttpClient client, string email, string password) =>
        (await (await client.PostAsJsonAsync("/api/v1/account/token", new { email, password }))
                .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("accessToken").GetString()!;

    /// <summary>A valid Vietnamese tax code: nine random digits and the check digit the rules compute from them.</summary>
    private static string TaxCode()
    {
        int[] weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];
        while (true)
        {
            var digits = Enumerable.Range(0, 9).Select(_ => Random.Shared.Next(10)).ToArray();
            var check = 10 - (digits.Select((d, i) => d * weights[i]).Sum() % 11);
            if (check is >= 0 and <= 9)
            {
                return string.Concat(digits) + check.ToString(CultureInfo.InvariantCulture);
            }
        }
    }
}
