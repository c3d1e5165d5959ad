using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Marketplace.E2E.Tests;

/// <summary>
/// A business buyer in Chromium asks every tea cooperative for 10 tấn of tea; two of them quote 6
/// and 5 tấn; the buyer accepts the combination and gets one order with two parts, and two PDF
/// invoices whose text, read back, carries the right totals.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class QuotationsInTheBrowserTests(BrowserFixture browser)
{
    private static readonly (string Owner, string Vendor, int Tonnes, long PricePerTonne)[] Quotes =
    [
        ("lienhe3@htx-demo.vn", "HTX Suối Giàng", 6, 1_500_000_000),
        ("lienhe5@htx-demo.vn", "Tân Hoàng Trà", 5, 1_250_000_000),
    ];

    private static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/account/login");
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", password);
        await page.ClickAsync("#login-submit");
        await page.WaitForSelectorAsync(".hello");
    }

    /// <summary>A person whose company an admin verified, through the API, as the admin's queue would.</summary>
    private async Task<string> VerifiedBuyerAsync()
    {
        using var http = new HttpClient { BaseAddress = browser.BaseAddress };
        async Task<string> TokenAsync(string email, string password) =>
            (await (await http.PostAsJsonAsync("/api/v1/account/token", new { email, password }))
                    .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>())
                .GetProperty("accessToken").GetString()!;

        var email = $"e2e-rfq-{Guid.NewGuid():N}@example.vn";
        (await http.PostAsJsonAsync("/api/v1/account/register", new { email, password = "Mua#Si2026", displayName = "Phạm Minh Châu" }))
            .EnsureSuccessStatusCode();
        using var register = new HttpRequestMessage(HttpMethod.Post, "/api/v1/business-accounts")
        {
            Content = JsonContent.Create(new
            {
                companyName = "Công ty CP Xuất khẩu Chè Việt",
                taxCode = "0101245486",
                address = "25 Lý Thường Kiệt, Hà Nội",
                contactPerson = "Phạm Minh Châu",
                phone = "024 3934 5678"
            }),
        };
        register.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(email, "Mua#Si2026"));
        var account = await (await http.SendAsync(register)).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        using var verify = new HttpRequestMessage(
            HttpMethod.Post, $"/api/v1/admin/business-accounts/{account.GetProperty("businessAccountId").GetGuid()}/decisions")
        {
            Content = JsonContent.Create(new { decision = "Verify" }),
        };
        verify.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync("admin@htx-marketplace.vn", "Admin#Demo2025"));
        (await http.SendAsync(verify)).EnsureSuccessStatusCode();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            using var me = new HttpRequestMessage(HttpMethod.Get, "/api/v1/account/me");
            me.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(email, "Mua#Si2026"));
            var roles = await (await http.SendAsync(me)).Content.ReadFromJsonAsync<JsonElement>();
            if (roles.GetProperty("roles").EnumerateArray().Any(r => r.GetString() == "BulkBuyer"))
            {
                return email;
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException("The buyer never became a BulkBuyer.");
    }

    [Fact]
    public async Task ABuyerAsksEveryTeaCooperative_TwoQuote_AndTheCombinationBecomesOneOrderWithTwoInvoices()
    {
        var email = await VerifiedBuyerAsync();
        var buyer = await browser.NewPageAsync();
        await SignInAsync(buyer, email, "Mua#Si2026");
        await buyer.GotoAsync("/business/rfqs");
        await buyer.SelectOptionAsync("#CategoryId", new SelectOptionValue { Label = "Trà" });
        await buyer.FillAsync("#Quantity", "10");
        await buyer.SelectOptionAsync("#Unit", "Tan");
        await buyer.SelectOptionAsync("#DeliveryProvince", "Hà Nội");
        await buyer.FillAsync("#Note", "Trà Shan Tuyết loại 1 cho xuất khẩu.");
        await buyer.ClickAsync("#rfq-send");
        await buyer.WaitForSelectorAsync("#quotes");
        var rfqUrl = buyer.Url;
        var number = (await buyer.InnerTextAsync("h1")).Split(' ').Last();

        foreach (var (owner, vendor, tonnes, price) in Quotes)
        {
            var staff = await browser.NewPageAsync();
            await SignInAsync(staff, owner, "Owner#Demo2025");
            await staff.ClickAsync("#nav-sell");
            await staff.ClickAsync("a.manage");
            await staff.GetByRole(AriaRole.Link, new() { Name = "Báo giá", Exact = true }).ClickAsync();
            await staff.GetByRole(AriaRole.Link, new() { Name = number, Exact = true }).ClickAsync();
            await staff.FillAsync("#Quantity", tonnes.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await staff.FillAsync("#UnitPriceVnd", price.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await staff.FillAsync("#Note", $"{vendor}: giá đã gồm vận chuyển đến Hà Nội.");
            await staff.ClickAsync("#send-quote");
            await staff.WaitForSelectorAsync("#quote-status");
            Assert.Contains("Đã báo giá", await staff.InnerTextAsync("#quote-status"), StringComparison.Ordinal);
        }

        await buyer.GotoAsync(rfqUrl);
        foreach (var (_, vendor, _, _) in Quotes)
        {
            await buyer.Locator("#quotes tr", new() { HasText = vendor }).Locator("input[type=checkbox]").CheckAsync();
        }

        await buyer.FillAsync("#PurchaseOrderNumber", "PO-CHE-2026-07");
        await buyer.FillAsync("#Recipient", "Kho Chè Việt");
        await buyer.FillAsync("#Phone", "024 3934 5678");
        await buyer.SelectOptionAsync("#Province", "Hà Nội");
        await buyer.FillAsync("#Commune", "phường Hoàn Kiếm");
        await buyer.FillAsync("#Street", "25 Lý Thường Kiệt");
        await buyer.ClickAsync("#accept-quotes");
        await buyer.WaitForSelectorAsync(".order-part");
        Assert.Equal(2, await buyer.Locator(".order-part").CountAsync());
        Assert.Equal("PO-CHE-2026-07", await buyer.InnerTextAsync("#po-number"));

        var links = await buyer.Locator(".invoice-link").EvaluateAllAsync<string[]>("links => links.map(a => a.href)");
        Assert.Equal(2, links.Length);
        var texts = new List<string>();
        foreach (var link in links)
        {
            var response = await buyer.APIRequest.GetAsync(link);
            Assert.Equal("application/pdf", response.Headers["content-type"]);
            using var pdf = UglyToad.PdfPig.PdfDocument.Open(await response.BodyAsync());
            texts.Add(string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)));
        }

        var suoiGiang = Assert.Single(texts, t => t.Contains("Suối Giàng", StringComparison.Ordinal));
        Assert.Contains("9.000.000.000 ₫", suoiGiang, StringComparison.Ordinal);
        Assert.Contains("Chín tỉ đồng", suoiGiang, StringComparison.Ordinal);
        var tanHoang = Assert.Single(texts, t => t.Contains("Tân Hoàng Trà", StringComparison.Ordinal));
        Assert.Contains("6.250.000.000 ₫", tanHoang, StringComparison.Ordinal);
        Assert.Contains("Sáu tỉ hai trăm năm mươi triệu đồng", tanHoang, StringComparison.Ordinal);
        Assert.All(texts, t => Assert.Contains("0101245486", t, StringComparison.Ordinal));
        Assert.All(texts, t => Assert.Contains("PO-CHE-2026-07", t, StringComparison.Ordinal));
    }
}
