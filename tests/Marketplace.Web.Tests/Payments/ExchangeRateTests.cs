using System.Net;
using System.Net.Http.Json;
using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests.Payments;

/// <summary>
/// Buyers abroad read prices in US dollars or yen beside the đồng, at the rates the admins set:
/// only a rate in its bounds is taken (audited), the chosen currency shows on the shopper's pages
/// with a note that payment is in đồng, a cached page never shows one visitor's currency to
/// another, and a new rate shows at once.
/// </summary>
public sealed class ExchangeRateTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    private HttpClient Visitor(string? currency)
    {
        var client = factory.CreateClient(new() { HandleCookies = false });
        if (currency is not null)
        {
            client.DefaultRequestHeaders.Add("Cookie", $"mp-currency={currency}");
        }

        return client;
    }

    private static Task<HttpResponseMessage> SetAsync(HttpClient client, string currency, decimal rate) =>
        client.PutAsJsonAsync($"/api/v1/admin/exchange-rates/{currency}", new { vndPerUnit = rate });

    [Fact]
    public async Task TheAdminsRate_ShowsPricesInDollarsOrYen_ChargedInDong_AndANewRateShowsAtOnce()
    {
        var tea = await factory.Listing().Named("Trà cho khách Nhật " + Guid.NewGuid().ToString("N")[..6]).Priced(120_000).BuildAsync();
        var address = $"/products/{tea.ProductId}";
        var admin = await factory.AdminAsync();

        // Out of bounds, another currency, or not an admin: refused, and nothing is set.
        foreach (var (currency, rate, field) in new[] { ("USD", 25m, "VndPerUnit"), ("USD", 0m, "VndPerUnit"), ("JPY", 25_400m, "VndPerUnit"),
                     ("USD", 25_400.12345m, "VndPerUnit"), ("EUR", 27_000m, "Currency") })
        {
            using var refused = await SetAsync(admin, currency, rate);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.True((await refused.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _), $"{currency} {rate}");
        }

        var (shopper, _) = await factory.NewPersonAsync("ngoaite");
        using (var forbidden = await SetAsync(shopper, "USD", 25_000m))
        {
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        }

        using (var none = Visitor("USD"))
        {
            Assert.Empty((await (await none.GetAsync("/api/v1/exchange-rates")).JsonAsync()).EnumerateArray());

            // No rate yet: the visitor who chose dollars reads đồng alone.
            var page = await none.GetPageAsync(address);
            Assert.Null(page.Document.QuerySelector(".product-page table .fx"));
            Assert.Null(page.Document.QuerySelector("#fx-note"));
        }

        (await SetAsync(admin, "usd", 25_000m)).EnsureSuccessStatusCode();
        (await SetAsync(admin, "JPY", 168.5m)).EnsureSuccessStatusCode();
        using var anyone = Visitor(null);
        var rates = (await (await anyone.GetAsync("/api/v1/exchange-rates")).JsonAsync()).EnumerateArray()
            .ToDictionary(r => r.GetProperty("currency").GetString()!, r => r.GetProperty("vndPerUnit").GetDecimal());
        Assert.Equal(25_000m, rates["USD"]);
        Assert.Equal(168.5m, rates["JPY"]);

        // 120,000 ₫ at 25,000 ₫ a dollar: 4.80; at 168.5 ₫ a yen: 712 (no minor unit).
        using var dollars = Visitor("USD");
        var inDollars = await dollars.GetPageAsync(address);
        Assert.Equal("≈\u00A04,80\u00A0USD", inDollars.Text(".product-page table .fx"));
        Assert.Contains("120.000", inDollars.Text(".product-page table"), StringComparison.Ordinal);
        Assert.Contains("Bạn luôn trả bằng đồng Việt Nam", inDollars.Text("#fx-note"), StringComparison.Ordinal);
        Assert.Contains("1 USD = 25.000", inDollars.Text("#fx-note"), StringComparison.Ordinal);
        Assert.Equal("≈\u00A0US$4.80", (await dollars.GetPageAsync(address + "?lang=en")).Text(".product-page table .fx"));
        using var yen = Visitor("JPY");
        Assert.Equal("≈\u00A0¥712", (await yen.GetPageAsync(address + "?lang=en")).Text(".product-page table .fx"));
        Assert.Contains("≈\u00A0712\u00A0JPY", (await yen.GetPageAsync($"/products?vendor={tea.Cooperative.Slug}")).Text(".price"), StringComparison.Ordinal);

        // The page cached for the dollar visitor is not the one served to a visitor in đồng.
        using (var again = await dollars.GetAsync(address))
        {
            Assert.NotNull(again.Headers.Age);
        }

        using var dong = Visitor(null);
        var inDong = await dong.GetPageAsync(address);
        Assert.Null(inDong.Document.QuerySelector(".fx"));
        Assert.Null(inDong.Document.QuerySelector("#fx-note"));

        // A new rate shows at once, and each change is in the audit log with the rate before.
        (await SetAsync(admin, "USD", 24_000m)).EnsureSuccessStatusCode();
        Assert.Equal("≈\u00A05,00\u00A0USD", (await dollars.GetPageAsync(address)).Text(".product-page table .fx"));
        var audited = (await (await admin.GetAsync("/api/v1/admin/audit?action=ExchangeRateSet")).JsonAsync()).EnumerateArray()
            .Select(e => e.GetRawText()).ToList();
        Assert.Equal(3, audited.Count);
        Assert.Contains(
            audited, e => e.Contains("\"before\":\"25.000", StringComparison.Ordinal) && e.Contains("\"after\":\"24.000", StringComparison.Ordinal));
        var history = await (await admin.GetAsync("/api/v1/admin/exchange-rates")).JsonAsync();
        Assert.Equal(3, history.GetProperty("history").GetArrayLength());
    }

    [Fact]
    public async Task TheFooter_ChoosesTheCurrency_AndDongAloneForgetsIt()
    {
        using var visitor = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var home = await visitor.GetPageAsync("/");
        Assert.Equal(3, home.Document.QuerySelectorAll("form.currency button[name=currency]").Length);
        using (var chosen = await visitor.SubmitAsync(home, "form.currency", new Dictionary<string, string>(), "JPY"))
        {
            Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
            Assert.Contains(chosen.Headers.GetValues("Set-Cookie"), c => c.StartsWith("mp-currency=JPY", StringComparison.Ordinal));
        }

        using (var dong = await visitor.SubmitAsync(home, "form.currency", new Dictionary<string, string>(), "VND"))
        {
            Assert.Contains(dong.Headers.GetValues("Set-Cookie"), c => c.StartsWith("mp-currency=;", StringComparison.Ordinal));
        }

        using (var unknown = await visitor.PostAsync("/currency", new FormUrlEncodedContent([new("currency", "EUR"), new("returnUrl", "//evil.example/")])))
        {
            Assert.Contains(unknown.Headers.GetValues("Set-Cookie"), c => c.StartsWith("mp-currency=;", StringComparison.Ordinal));
            Assert.Equal("/", unknown.Headers.Location?.OriginalString);
        }

        // A cookie naming a currency no one set is read as đồng alone.
        using var odd = Visitor("EUR");
        Assert.Null((await odd.GetPageAsync("/")).Document.QuerySelector("#fx-note"));
    }
}
