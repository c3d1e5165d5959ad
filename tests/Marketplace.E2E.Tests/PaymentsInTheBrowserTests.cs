using System.Text;
using Microsoft.Playwright;

namespace Marketplace.E2E.Tests;

/// <summary>
/// Paying in Chromium. By card, checkout reaches Stripe's payment step; Stripe's script cannot load
/// without the internet (it is blocked here, as it would fail anyway), so the test confirms the
/// intent on the loopback Stripe and delivers its signed webhook, and the order page then shows it
/// paid. By bank transfer, the order page shows the VietQR code and the reference.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class PaymentsInTheBrowserTests(BrowserFixture browser)
{
    private static async Task<IPage> ShopperWithACartAsync(BrowserFixture browser, string product)
    {
        var page = await browser.NewPageAsync(width: 390, height: 844);
        await page.RouteAsync("https://js.stripe.com/**", route => route.AbortAsync());
        await page.GotoAsync("/account/register");
        await page.FillAsync("#Input_DisplayName", "Đỗ Minh Châu");
        await page.FillAsync("#Input_Email", $"e2e-tra-{Guid.NewGuid():N}@example.vn");
        await page.FillAsync("#Input_Password", "Tra#Tien2026");
        await page.FillAsync("#Input_ConfirmPassword", "Tra#Tien2026");
        await page.ClickAsync("#register-submit");
        await page.WaitForSelectorAsync("#flash"); // signed in: a navigation started now would cut the registration short
        await page.GotoAsync("/products?q=" + Uri.EscapeDataString(product));
        await page.GetByRole(AriaRole.Link, new() { Name = product, Exact = true }).ClickAsync();
        await page.Locator("form.add-to-cart button").First.ClickAsync();
        await page.WaitForSelectorAsync("#flash");
        return page;
    }

    private static async Task CheckOutAsync(IPage page, string method)
    {
        await page.GotoAsync("/orders/checkout");
        await page.FillAsync("#Recipient", "Đỗ Minh Châu");
        await page.FillAsync("#Phone", "0987 654 321");
        await page.SelectOptionAsync("#Province", "TP. Hồ Chí Minh");
        await Screens.QuotedToAsync(page, "TP. Hồ Chí Minh");
        await page.FillAsync("#Commune", "phường Bến Thành");
        await page.FillAsync("#Street", "8 Lê Lợi");
        await page.CheckAsync($"input[name='Input.PaymentMethod'][value={method}]");
        await page.ClickAsync("#place-order");
    }

    [Fact]
    public async Task ByCard_CheckoutReachesStripesStep_AndTheOrderShowsPaidOnceStripeSaysSo()
    {
        var page = await ShopperWithACartAsync(browser, "Trà Shan Tuyết cổ thụ");
        await CheckOutAsync(page, "Card");

        await page.WaitForURLAsync("**/pay", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        var form = page.Locator("#card-form");
        Assert.Equal("pk_test_marketplace", await form.GetAttributeAsync("data-key"));
        var intentId = (await form.GetAttributeAsync("data-intent"))!;
        Assert.StartsWith(intentId + "_secret_", await form.GetAttributeAsync("data-secret"), StringComparison.Ordinal);
        await page.Locator("#stripe-unavailable").WaitForAsync(); // without Stripe's script, the page says so instead of showing a dead form
        Assert.True(await page.Locator("#card-submit").IsDisabledAsync());

        // What Stripe would do once the shopper confirms: the intent succeeds and its webhook arrives.
        var signed = browser.Stripe.Succeed(intentId);
        using (var http = new HttpClient { BaseAddress = browser.BaseAddress })
        using (var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/payments/stripe/webhook")
        {
            Content = new StringContent(signed.Payload, Encoding.UTF8, "application/json")
        })
        {
            request.Headers.Add("Stripe-Signature", signed.Signature);
            (await http.SendAsync(request)).EnsureSuccessStatusCode();
        }

        var orderUrl = page.Url[..^"/pay".Length];
        await page.GotoAsync(orderUrl + "/payment-return");
        Assert.Equal("Succeeded", await page.Locator("#payment-outcome").GetAttributeAsync("data-status"));
        for (var attempt = 0; attempt < 50 && await page.Locator("#payment[data-state=Paid]").CountAsync() == 0; attempt++)
        {
            await page.GotoAsync(orderUrl);
            await Task.Delay(200);
        }

        Assert.Contains("Đã thanh toán", await page.Locator("#payment h2").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ByMoMo_TheShopperApprovesOnMoMosPage_AndComesBackToTheOrderPaid()
    {
        var page = await ShopperWithACartAsync(browser, "Trà Shan Tuyết cổ thụ");
        await page.GotoAsync("/orders/checkout");
        await Screens.ScreenshotAsync(page, "momo-checkout-phone");
        await CheckOutAsync(page, "MoMo");
        await page.WaitForURLAsync("**/pay", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        Assert.True(await Screens.FitsAsync(page));
        await Screens.ScreenshotAsync(page, "momo-pay-phone");
        var orderUrl = page.Url[..^"/pay".Length];

        // The site's links are made from its public address (http://localhost/), which is not this test host's:
        // MoMo's way back is sent on to the host, as the proxy in front of it would.
        await page.RouteAsync("http://localhost/orders/**", route => route.FulfillAsync(new()
        {
            Status = 302,
            Headers = new Dictionary<string, string>
            {
                ["Location"] = new Uri(browser.BaseAddress, new Uri(route.Request.Url).PathAndQuery).ToString(),
            },
        }));
        await page.ClickAsync("#momo-submit");
        await page.WaitForSelectorAsync("#momo-approve");
        Assert.StartsWith(browser.MoMo.BaseAddress, page.Url, StringComparison.Ordinal);
        await page.ClickAsync("#momo-approve");

        // Back from MoMo, which is asked how it ended: paid.
        await page.WaitForSelectorAsync("#payment-outcome");
        Assert.Equal("Succeeded", await page.Locator("#payment-outcome").GetAttributeAsync("data-status"));
        Assert.True(await Screens.FitsAsync(page));
        await Screens.ScreenshotAsync(page, "momo-return-phone");

        // The order follows once Ordering has heard of the payment (through the outbox).
        for (var attempt = 0; attempt < 50 && await page.Locator("#payment[data-state=Paid]").CountAsync() == 0; attempt++)
        {
            await page.GotoAsync(orderUrl);
            await Task.Delay(200);
        }

        Assert.Contains("Đã thanh toán", await page.Locator("#payment h2").InnerTextAsync(), StringComparison.Ordinal);
        await page.SetViewportSizeAsync(1280, 800);
        await Screens.ScreenshotAsync(page, "momo-order-desktop");

        // The admins find it under MoMo, with MoMo's own id of the money.
        var admin = await browser.SignedInPageAsync("admin@htx-marketplace.vn", "Admin#Demo2025", width: 390, height: 844);
        await admin.GotoAsync("/admin/payments?method=MoMo");
        Assert.Matches("^Mã giao dịch \\(Ví MoMo\\): [0-9]+$", (await admin.Locator(".provider-reference").First.InnerTextAsync()).Trim());
        Assert.True(await Screens.FitsAsync(admin));
        await Screens.ScreenshotAsync(admin, "momo-admin-payments-phone");
    }

    [Fact]
    public async Task ByZaloPay_TheShopperCancelsOnce_ThenPaysOnZaloPaysPage_AndComesBackToTheOrderPaid()
    {
        var opened = browser.ZaloPay.AppTransIds.Count;
        var page = await ShopperWithACartAsync(browser, "Hạt mắc ca sấy nứt vỏ");
        await page.GotoAsync("/orders/checkout");
        await page.Locator("input[value=ZaloPay]").ScrollIntoViewIfNeededAsync();
        await Screens.ScreenshotAsync(page, "zalopay-checkout-phone");
        await CheckOutAsync(page, "ZaloPay");
        await page.WaitForURLAsync("**/pay", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        Assert.True(await Screens.FitsAsync(page));
        await Screens.ScreenshotAsync(page, "zalopay-pay-phone");
        var orderUrl = page.Url[..^"/pay".Length];

        // ZaloPay's way back is sent on to this host, as the proxy in front of it would (see the MoMo test).
        await page.RouteAsync("http://localhost/orders/**", route => route.FulfillAsync(new()
        {
            Status = 302,
            Headers = new Dictionary<string, string>
            {
                ["Location"] = new Uri(browser.BaseAddress, new Uri(route.Request.Url).PathAndQuery).ToString(),
            },
        }));

        // Cancelled on ZaloPay's page (ZaloPay calls back nothing): the way back asks, and offers to pay again.
        await page.ClickAsync("#zalopay-submit");
        await page.WaitForSelectorAsync("#zalopay-cancel");
        Assert.StartsWith(browser.ZaloPay.BaseAddress, page.Url, StringComparison.Ordinal);
        await page.ClickAsync("#zalopay-cancel");
        await page.WaitForSelectorAsync("#payment-outcome");
        Assert.Equal("Failed", await page.Locator("#payment-outcome").GetAttributeAsync("data-status"));
        await Screens.ScreenshotAsync(page, "zalopay-cancelled-phone");

        // The second attempt is a new ZaloPay order, paid.
        await page.ClickAsync("#payment-outcome a.button");
        await page.WaitForSelectorAsync("#zalopay-submit");
        await page.SetViewportSizeAsync(1280, 800);
        await Screens.ScreenshotAsync(page, "zalopay-pay-desktop");
        await page.ClickAsync("#zalopay-submit");
        await page.WaitForSelectorAsync("#zalopay-approve");
        await page.ClickAsync("#zalopay-approve");
        await page.WaitForSelectorAsync("#payment-outcome");
        Assert.Equal("Succeeded", await page.Locator("#payment-outcome").GetAttributeAsync("data-status"));
        Assert.Equal(opened + 2, browser.ZaloPay.AppTransIds.Count);

        for (var attempt = 0; attempt < 50 && await page.Locator("#payment[data-state=Paid]").CountAsync() == 0; attempt++)
        {
            await page.GotoAsync(orderUrl);
            await Task.Delay(200);
        }

        Assert.Contains("Đã thanh toán", await page.Locator("#payment h2").InnerTextAsync(), StringComparison.Ordinal);
        await Screens.ScreenshotAsync(page, "zalopay-order-desktop");
    }

    [Fact]
    public async Task ByVnPay_TheShopperPaysOnVnPaysPage_AndComesBackToTheOrderPaid()
    {
        var page = await ShopperWithACartAsync(browser, "Trà Shan Tuyết cổ thụ");
        await CheckOutAsync(page, "VnPay");
        await page.WaitForURLAsync("**/pay", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        Assert.True(await Screens.FitsAsync(page));
        await Screens.ScreenshotAsync(page, "vnpay-pay-phone");

        // VNPay's way back is sent on to this host, as the proxy in front of it would (see the MoMo test).
        await page.RouteAsync("http://localhost/orders/**", route => route.FulfillAsync(new()
        {
            Status = 302,
            Headers = new Dictionary<string, string>
            {
                ["Location"] = new Uri(browser.BaseAddress, new Uri(route.Request.Url).PathAndQuery).ToString(),
            },
        }));

        // VNPay's page opens only for an address signed with the terminal's secret; paid there, the way back asks VNPay (querydr).
        await page.ClickAsync("#vnpay-submit");
        await page.WaitForSelectorAsync("#vnpay-approve");
        Assert.StartsWith(browser.VnPay.PayUrl, page.Url, StringComparison.Ordinal);
        await page.ClickAsync("#vnpay-approve");
        await page.WaitForSelectorAsync("#payment-outcome");
        Assert.Equal("Succeeded", await page.Locator("#payment-outcome").GetAttributeAsync("data-status"));
        Assert.Contains("/payment-return/vnpay?vnp_", page.Url, StringComparison.Ordinal);
        await page.SetViewportSizeAsync(1280, 800);
        await Screens.ScreenshotAsync(page, "vnpay-return-desktop");
    }

    [Fact]
    public async Task ByBankTransfer_TheOrderPageShowsTheVietQrCodeAndTheReference()
    {
        var page = await ShopperWithACartAsync(browser, "Hạt mắc ca sấy nứt vỏ");
        await CheckOutAsync(page, "BankTransfer");

        await page.WaitForSelectorAsync("#vietqr");
        var number = (await page.InnerTextAsync("h1")).Replace("Đơn hàng ", string.Empty, StringComparison.Ordinal).Trim();
        Assert.Equal(number.Replace("-", string.Empty, StringComparison.Ordinal), (await page.InnerTextAsync("#transfer-reference")).Trim());
        // The QR image is a request of its own: wait for it to arrive and be drawn.
        await page.WaitForFunctionAsync("() => { const img = document.getElementById('vietqr'); return img.complete && img.naturalWidth > 100; }");
        Assert.Contains("Chờ thanh toán", await page.Locator("#payment h2").InnerTextAsync(), StringComparison.Ordinal);
        Assert.StartsWith("000201010212", await page.Locator("#vietqr-payload").TextContentAsync(), StringComparison.Ordinal);
    }
}
