using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Marketplace.Benchmarks;

/// <summary>
/// The search page and checkout through HTTP against a marketplace already running (one
/// instance, or several behind a proxy: scripts/benchmark-scale-out starts them), with the
/// demo data. A checkout is what a shopper's app sends: a line into the cart, then the order,
/// each shopper on an account of their own.
/// Usage: Marketplace.Benchmarks --against http://127.0.0.1:8080/ [--label "2 instances"] [--seconds 20] [--concurrency 16]
/// </summary>
internal static class RunningMarketplaceBenchmark
{
    private const string Sku = "TP-MC-500";
    private static readonly string[] Words = ["mac ca", "tra", "gao nep", "mat ong", "que", "gung", "che", "nhan"];

    public static async Task RunAsync(Uri address, string label, BenchmarkOptions options)
    {
        var duration = TimeSpan.FromSeconds(options.Seconds);
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        var search = await LoadGenerator.RunAsync(
            client, n => "/products?q=" + Uri.EscapeDataString(Words[n % Words.Length]), options.Concurrency, TimeSpan.FromSeconds(3), duration);
        Console.WriteLine(Row(label, "search page (HTML)", search));

        var variantId = await PrepareStockAsync(client);
        var shoppers = await Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(_ => ShopperAsync(address)));
        try
        {
            Console.WriteLine(Row(label, "checkout (cart line + order)", await CheckoutsAsync(shoppers, variantId, duration)));
        }
        finally
        {
            foreach (var shopper in shoppers)
            {
                shopper.Dispose();
            }
        }
    }

    public static string Header() =>
        "| instances | request | per second | median ms | p95 ms | p99 ms | done | errors |\n| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |";

    private static string Row(string label, string request, LoadResult result) => string.Create(
        CultureInfo.InvariantCulture,
        $"| {label} | {request} | {result.RequestsPerSecond:F0} | {result.Median:F1} | {result.P95:F1} | {result.P99:F1} "
            + $"| {result.Requests} | {result.Errors} |");

    private static async Task<LoadResult> CheckoutsAsync(HttpClient[] shoppers, Guid variantId, TimeSpan duration)
    {
        var latencies = new ConcurrentBag<double>();
        var errors = 0;
        var end = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(shoppers.Select(shopper => Task.Run(async () =>
        {
            while (Stopwatch.GetTimestamp() < end)
            {
                var start = Stopwatch.GetTimestamp();
                using var line = await shopper.PostAsJsonAsync("/api/v1/cart/lines", new { variantId, quantity = 1 });
                using var order = new HttpRequestMessage(HttpMethod.Post, "/api/v1/orders")
                {
                    Content = JsonContent.Create(new
                    {
                        recipient = "Lê Văn Nam",
                        phone = "0987654321",
                        province = "Cao Bằng",
                        commune = "xã Thạch An",
                        street = "thôn Độc Lập",
                    }),
                };
                order.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
                using var placed = await shopper.SendAsync(order);
                if (!line.IsSuccessStatusCode || !placed.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                    continue;
                }

                latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        })));
        return new Sample([.. latencies], errors, duration).Result();
    }

    /// <summary>Stock for every checkout of the run, set by the demo bag's cooperative through the API.</summary>
    public static async Task<Guid> PrepareStockAsync(HttpClient client)
    {
        var token = await TokenAsync(client, "lienhe2@htx-demo.vn", "Owner#Demo2025");
        using var owner = new HttpClient { BaseAddress = client.BaseAddress };
        owner.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var found = await owner.GetFromJsonAsync<JsonElement>("/api/v1/products?q=" + Uri.EscapeDataString("mắc ca nứt vỏ"));
        foreach (var item in found.GetProperty("items").EnumerateArray())
        {
            var productId = item.GetProperty("productId").GetGuid();
            var product = await owner.GetFromJsonAsync<JsonElement>($"/api/v1/cooperatives/products/{productId}");
            foreach (var variant in product.GetProperty("variants").EnumerateArray().Where(v => v.GetProperty("sku").GetString() == Sku))
            {
                var variantId = variant.GetProperty("variantId").GetGuid();
                using var edited = await owner.PutAsJsonAsync($"/api/v1/cooperatives/products/{productId}/variants/{variantId}", new
                {
                    version = variant.GetProperty("version").GetGuid(),
                    sku = Sku,
                    unit = "bag",
                    netWeightGrams = 500,
                    priceVnd = 250_000,
                    stock = 10_000_000,
                    minOrderQuantity = 1,
                    tiers = Array.Empty<object>(),
                });
                edited.EnsureSuccessStatusCode();
                return variantId;
            }
        }

        throw new InvalidOperationException($"The demo's {Sku} was not found: is the demo data on?");
    }

    public static async Task<HttpClient> ShopperAsync(Uri address)
    {
        var shopper = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        var email = $"tai-{Guid.NewGuid():N}@example.vn";
        var account = new { email, password = "Khach#Tai2026", displayName = "Khách tải" };
        (await shopper.PostAsJsonAsync("/api/v1/account/register", account)).EnsureSuccessStatusCode();
        shopper.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(shopper, email, "Khach#Tai2026"));
        return shopper;
    }

    private static async Task<string> TokenAsync(HttpClient client, string email, string password)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/account/token", new { email, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }
}
