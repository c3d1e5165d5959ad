using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Marketplace.E2E.Tests;

/// <summary>
/// A harvest sold before it is picked, in Chromium: Sơn Thủy opens a longan pre-order from its
/// phone, a shopper finds it on the season's calendar and the product's page and reserves, the
/// shopper transfers the deposit by VietQR and an admin imports the bank's statement, the
/// cooperative records a harvest smaller than was reserved, the shopper reads what they were
/// given, the deposit owed back and what is left to pay, orders it and pays the rest by VietQR,
/// and the cooperative delivers it. axe-core
/// finds no serious or critical violation, nothing scrolls sideways; screenshots go to
/// $MARKETPLACE_SCREENSHOTS.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class PreordersInTheBrowserTests(BrowserFixture browser)
{
    private static async Task CheckAsync(IPage page, string screenshot)
    {
        var axe = await page.RunAxe();
        Assert.Empty(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}"));
        Assert.True(await Screens.FitsAsync(page), $"{page.Url} is wider than the screen");
        await Screens.ScreenshotAsync(page, screenshot);
    }

    [Fact]
    public async Task TheCooperativeOpensALonganPreorder_AShopperReserves_AndTheHarvestIsSharedOut()
    {
        var lot = "ST-NHAN-" + Guid.NewGuid().ToString("N")[..4].ToUpperInvariant();

        // The cooperative, on its phone: a mistake is refused beside its field, then the window opens.
        var coop = await browser.SignedInPageAsync("lienhe4@htx-demo.vn", "Owner#Demo2025", 390, 844);
        await coop.GotoAsync("/cooperatives/mine");
        var cooperative = (await coop.GetAttributeAsync("a.manage", "href"))!.Split('/')[2];
        await coop.GotoAsync($"/cooperatives/{cooperative}/preorders");
        Assert.Contains("ST-NHAN-V1", await coop.InnerTextAsync("#preorder-windows"), StringComparison.Ordinal); // the demo's window
        await coop.SelectOptionAsync("#VariantId", await OptionAsync(coop, "ST-NHAN-KG"));
        await coop.FillAsync("#LotCode", lot);
        await coop.FillAsync("#Capacity", "100");
        await coop.FillAsync("#PriceVnd", "40000");
        await coop.FillAsync("#DepositPercent", "150");
        await coop.CheckAsync("input[name='Input.Rule'][value=ProRata]");
        await coop.ClickAsync("#preorder-submit");
        await coop.WaitForSelectorAsync(".field-error:has-text('0 đến 100')");
        Assert.Equal(lot, await coop.InputValueAsync("#LotCode"));
        await CheckAsync(coop, "preorder-open-error-390");
        await coop.FillAsync("#DepositPercent", "30");
        await coop.ClickAsync("#preorder-submit");
        await coop.WaitForSelectorAsync("#window-facts");
        var windowUrl = coop.Url;
        Assert.Contains("0 / 100", await coop.InnerTextAsync("#window-reserved"), StringComparison.Ordinal);

        // The shopper, on a phone: the calendar, the product's page, the window, the reservation.
        var shopper = await browser.SignedInPageAsync("shopper5@example.vn", "Shopper#Demo2025", 390, 844);
        await shopper.GotoAsync("/season");
        var card = shopper.Locator(".season-window", new() { HasText = "Nhãn tươi" }).First;
        await card.WaitForAsync();
        await CheckAsync(shopper, "season-390");
        await shopper.GotoAsync((await shopper.Locator($".season-window[data-lot='{lot}'] h3 a").GetAttributeAsync("href"))!);
        Assert.Contains("100 / 100", await shopper.InnerTextAsync("#preorder-left"), StringComparison.Ordinal);
        await shopper.FillAsync("#Quantity", "120");
        await shopper.ClickAsync("#reserve-submit");
        await shopper.WaitForSelectorAsync("#Waitlist"); // more than is left: the list is offered
        await CheckAsync(shopper, "preorder-too-many-390");
        // Into the cart, beside a bag of the same longan from stock, and reserved from there.
        var windowPage = shopper.Url;
        await shopper.FillAsync("#Quantity", "60");
        await shopper.ClickAsync("#preorder-add-to-cart");
        await shopper.WaitForSelectorAsync("#flash");
        Assert.Equal(windowPage, shopper.Url);
        await shopper.GotoAsync((await shopper.Locator("article a[href^='/products/']").GetAttributeAsync("href"))!);
        await shopper.Locator("form.add-to-cart button").First.ClickAsync();
        await shopper.WaitForSelectorAsync("#flash");
        await shopper.GotoAsync("/cart");
        Assert.Contains(lot, await shopper.InnerTextAsync("#cart-preorders"), StringComparison.Ordinal);
        Assert.Contains("720.000", await shopper.InnerTextAsync("#cart-deposits"), StringComparison.Ordinal); // 60 kg × 40,000 × 30 %
        Assert.Equal(1, await shopper.Locator("#checkout-link").CountAsync());
        await CheckAsync(shopper, "cart-preorder-390");
        var desk = await browser.SignedInPageAsync("shopper5@example.vn", "Shopper#Demo2025");
        await desk.GotoAsync("/cart");
        await CheckAsync(desk, "cart-preorder-1280");
        await shopper.ClickAsync("#reserve-cart");
        await shopper.WaitForSelectorAsync("#my-reservations");
        await shopper.GotoAsync("/cart");
        Assert.Equal(0, await shopper.Locator("#cart-preorders").CountAsync()); // reserved: out of the cart; the bag stays for checkout
        Assert.Equal(1, await shopper.Locator("#checkout-link").CountAsync());
        await shopper.GotoAsync("/reservations");
        var mine = shopper.Locator(".reservation", new() { HasText = lot }).First;
        Assert.Contains("720.000", await mine.InnerTextAsync(), StringComparison.Ordinal); // 60 kg × 40,000 × 30 %
        Assert.Contains("720.000", await mine.Locator(".deposit-owed").InnerTextAsync(), StringComparison.Ordinal);
        var reference = (await mine.Locator(".deposit-transfer strong").InnerTextAsync()).Trim();
        // The VietQR code loads (the page does not wait for its picture): waited for, up to the usual timeout.
        await shopper.WaitForFunctionAsync(
            "() => { const i = document.querySelector('.deposit-transfer img'); return !!i && i.complete && i.naturalWidth > 0; }");
        await CheckAsync(shopper, "reservations-held-390");

        // By card instead: Stripe's step for what is owed (Stripe's script cannot load here, and the page says so).
        await mine.Locator("a.deposit-card").ClickAsync();
        await shopper.WaitForSelectorAsync("#card-form");
        Assert.StartsWith("pi_", await shopper.Locator("#card-form").GetAttributeAsync("data-intent"), StringComparison.Ordinal);
        Assert.Contains("720.000", await shopper.InnerTextAsync("#card-submit"), StringComparison.Ordinal);
        await shopper.Locator("#stripe-unavailable").WaitForAsync();
        await CheckAsync(shopper, "reservation-card-390");
        await desk.GotoAsync(shopper.Url);
        await desk.Locator("#stripe-unavailable").WaitForAsync();
        await CheckAsync(desk, "reservation-card-1280");
        await shopper.GotoAsync("/reservations");

        // The shopper transfers the deposit from their banking app; an admin imports the bank's statement.
        var admin = await browser.SignedInPageAsync("admin@htx-marketplace.vn", "Admin#Demo2025");
        await ImportStatementAsync(admin, $"06/12/2026,720.000,{reference} dat coc nhan");
        await shopper.ReloadAsync();
        Assert.Contains("720.000", await mine.Locator(".deposit-paid").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await mine.Locator(".deposit-transfer").CountAsync());

        // The cooperative records 50 kg: the only reservation gets all 50 of its 60.
        await coop.GotoAsync(windowUrl);
        Assert.Contains("60 / 100", await coop.InnerTextAsync("#window-reserved"), StringComparison.Ordinal);
        coop.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await coop.FillAsync("#Harvested", "50");
        await CheckAsync(coop, "preorder-window-390");
        await coop.ClickAsync("#harvest-submit");
        await coop.WaitForSelectorAsync("#window-harvested");
        Assert.Equal("Đã thu hoạch", (await coop.InnerTextAsync("#window-phase")).Trim());
        Assert.Contains("50", await coop.InnerTextAsync("#reservations"), StringComparison.Ordinal);

        // The alliance transfers the cut 10 kg's deposit back and records it (it came by transfer, so no card refund is offered).
        var adminPhone = await browser.SignedInPageAsync("admin@htx-marketplace.vn", "Admin#Demo2025", 390, 844);
        await adminPhone.GotoAsync("/admin/deposits");
        await CheckAsync(adminPhone, "admin-deposits-390");
        await admin.GotoAsync("/admin/deposits");
        var row = admin.Locator("#deposit-returns .deposit-return", new() { HasText = "Nhãn tươi" }).Filter(new() { HasText = "shopper5@example.vn" }).First;
        Assert.Contains("120.000", await row.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await row.Locator(".deposit-to-card").CountAsync());
        await CheckAsync(admin, "admin-deposits-1280");
        admin.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await row.Locator(".deposit-transferred").ClickAsync();
        await admin.WaitForSelectorAsync("#flash");

        // On a desk, the shopper reads it: 50 given, 10 kg's deposit paid back, the balance to pay.
        await desk.GotoAsync("/reservations");
        var settled = desk.Locator(".reservation", new() { HasText = lot }).First;
        Assert.Contains("50", await settled.Locator(".given").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("120.000", await settled.Locator(".deposit-back").InnerTextAsync(), StringComparison.Ordinal); // 10 × 40,000 × 30 %
        Assert.Contains("120.000", await settled.Locator(".deposit-returned").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("1.400.000", await settled.Locator(".balance").InnerTextAsync(), StringComparison.Ordinal); // 50 × 40,000 − 600,000
        await CheckAsync(desk, "reservations-settled-1280");
        await desk.GotoAsync("/season");
        await CheckAsync(desk, "season-1280");
        await desk.GotoAsync("/reservations");
        await desk.Locator(".reservation", new() { HasText = lot }).Locator("a[id^=order-]").ClickAsync();
        await desk.WaitForSelectorAsync("#reservation-order-form");
        await CheckAsync(desk, "reservation-order-1280");

        // Back on the phone, the shopper orders the 50 kg: the deposit counts toward it, the rest is paid by VietQR.
        await shopper.GotoAsync("/reservations");
        await shopper.Locator(".reservation", new() { HasText = lot }).Locator("a[id^=order-]").ClickAsync();
        await shopper.WaitForSelectorAsync("#reservation-order-form");
        Assert.Contains("600.000", await shopper.InnerTextAsync(".deposit-counted"), StringComparison.Ordinal);
        var toPay = (await shopper.InnerTextAsync("#to-pay")).Trim();
        await shopper.FillAsync("#Phone", "0912 345 678");
        await shopper.ClickAsync("#order-reservation");
        await shopper.WaitForSelectorAsync(".field-error:has-text('34 tỉnh')"); // the province was left out
        await CheckAsync(shopper, "reservation-order-error-390");
        await shopper.SelectOptionAsync("#Province", "Hưng Yên");
        await shopper.FillAsync("#Commune", "xã Hồng Nam");
        await shopper.FillAsync("#Street", "12 đường Nhãn Lồng");
        await shopper.CheckAsync("input[name='Input.PaymentMethod'][value=BankTransfer]");
        await shopper.ClickAsync("#order-reservation");
        await shopper.WaitForSelectorAsync("#vietqr");
        Assert.Equal(toPay, (await shopper.InnerTextAsync("#transfer-amount")).Trim());
        Assert.Contains("600.000", await shopper.InnerTextAsync(".part-deposit"), StringComparison.Ordinal);
        var number = (await shopper.InnerTextAsync("h1")).Replace("Đơn hàng ", string.Empty, StringComparison.Ordinal).Trim();
        var orderUrl = shopper.Url;
        await shopper.WaitForFunctionAsync("() => { const img = document.getElementById('vietqr'); return img.complete && img.naturalWidth > 100; }");
        await CheckAsync(shopper, "reservation-ordered-390");

        // The balance comes in by transfer; the cooperative confirms once it is paid, ships and delivers.
        var balance = $"06/12/2026,{new string([.. toPay.Where(char.IsDigit)])},{number.Replace("-", string.Empty, StringComparison.Ordinal)} tra nhan";
        await ImportStatementAsync(admin, balance);
        await coop.GotoAsync($"/cooperatives/{cooperative}/orders");
        var part = coop.Locator(".order-part", new() { HasText = number });
        for (var attempt = 0; attempt < 50 && await part.Locator("button[data-action=Confirm]").CountAsync() == 0; attempt++)
        {
            await Task.Delay(200); // the payment reaches the order through the outbox
            await coop.ReloadAsync();
        }

        await part.Locator("button[data-action=Confirm]").ClickAsync();
        await part.Locator("button[data-action=Pack]").ClickAsync();
        Assert.Equal(lot, await part.Locator(".ship-lot select").InputValueAsync()); // the harvest's lot, proposed for the reservation's order
        await CheckAsync(coop, "vendor-orders-ship-from-harvest-390");
        await part.Locator("input[name=carrier]").FillAsync("Viettel Post");
        await part.Locator("input[name=trackingNumber]").FillAsync("VTP-NHAN-1");
        await part.Locator("button[data-action=Ship]").ClickAsync();
        await part.Locator("button[data-action=Deliver]").ClickAsync();
        await coop.WaitForSelectorAsync("#flash");
        await shopper.GotoAsync(orderUrl);
        Assert.Equal("Đã giao", (await shopper.InnerTextAsync(".order-part h2 .status")).Trim());
        await CheckAsync(shopper, "reservation-order-delivered-390");
    }

    [Fact]
    public async Task AShopperAsksToBeToldWhenTheSpringTeaOpens_AndTakesItBack()
    {
        // On the phone, from the season's calendar: Suối Giàng's spring tea is coming.
        var phone = await browser.SignedInPageAsync("shopper4@example.vn", "Shopper#Demo2025", 390, 844);
        await phone.GotoAsync("/season");
        var tea = phone.Locator(".season-window[data-lot='SG-XUAN-V1']");
        await tea.Locator("button.alert-ask").ClickAsync();
        await phone.WaitForSelectorAsync("#flash");
        Assert.Contains("Sẽ báo bạn", await phone.InnerTextAsync("#flash"), StringComparison.Ordinal);
        Assert.Equal(1, await tea.Locator(".alert-asked").CountAsync());
        await CheckAsync(phone, "season-alert-asked-390");

        // On a desk, the window's own page says so too, and the alert is taken back there.
        var desk = await browser.SignedInPageAsync("shopper4@example.vn", "Shopper#Demo2025");
        await desk.GotoAsync((await tea.Locator("h3 a").GetAttributeAsync("href"))!);
        Assert.Equal(1, await desk.Locator("#preorder-alert .alert-asked").CountAsync());
        await CheckAsync(desk, "preorder-coming-alert-1280");
        await desk.Locator("#preorder-alert button").ClickAsync();
        await desk.WaitForSelectorAsync("#flash");
        Assert.Equal(1, await desk.Locator("#preorder-alert button.alert-ask").CountAsync());
        await phone.ReloadAsync();
        Assert.Equal(1, await tea.Locator("button.alert-ask").CountAsync());

        // Signed out, the calendar offers to sign in instead.
        var visitor = await browser.NewPageAsync();
        await visitor.GotoAsync("/season");
        Assert.Contains("/account/login?returnUrl=", await visitor.Locator(".season-window[data-lot='SG-XUAN-V1'] a.button").Last.GetAttributeAsync("href"),
            StringComparison.Ordinal);
    }

    /// <summary>An admin imports the bank's statement of one transfer, which matches.</summary>
    [Fact]
    public async Task ADepositPaidByCard_IsReturnedToTheCard_AndAReturnStripeDidNotConfirm_IsFinishedOnce()
    {
        // A shopper reserves Sơn Thủy's longan on a phone, pays the deposit by card (Stripe's webhook, as Stripe would send it), then withdraws.
        var shopper = await browser.SignedInPageAsync("shopper2@example.vn", "Shopper#Demo2025", 390, 844);
        await shopper.GotoAsync("/reservations");
        var before = await shopper.Locator(".reservation").EvaluateAllAsync<string[]>("rs => rs.map(r => r.id)");
        await shopper.GotoAsync("/season");
        await shopper.GotoAsync((await shopper.Locator(".season-window[data-lot='ST-NHAN-V1'] h3 a").GetAttributeAsync("href"))!);
        await shopper.FillAsync("#Quantity", "3");
        await shopper.ClickAsync("#reserve-submit");
        await shopper.WaitForSelectorAsync("#my-reservations");
        var made = (await shopper.Locator(".reservation").EvaluateAllAsync<string[]>("rs => rs.map(r => r.id)")).Except(before).Single();
        var mine = shopper.Locator($"#{made}");
        var number = made["reservation-".Length..];
        await mine.Locator("a.deposit-card").ClickAsync();
        await shopper.WaitForSelectorAsync("#card-form");
        var intentId = (await shopper.Locator("#card-form").GetAttributeAsync("data-intent"))!;
        var signed = browser.Stripe.Succeed(intentId);
        using (var http = new HttpClient { BaseAddress = browser.BaseAddress })
        using (var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/payments/stripe/webhook")
        {
            Content = new StringContent(signed.Payload, System.Text.Encoding.UTF8, "application/json"),
        })
        {
            request.Headers.Add("Stripe-Signature", signed.Signature);
            (await http.SendAsync(request)).EnsureSuccessStatusCode();
        }

        await shopper.GotoAsync("/reservations");
        shopper.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await shopper.Locator($"#{made} form button").ClickAsync();
        await shopper.WaitForSelectorAsync("#flash");

        // The admin, on a phone: the whole deposit goes back to the card. Stripe does not answer the first time: the return waits, counted.
        var admin = await browser.SignedInPageAsync("admin@htx-marketplace.vn", "Admin#Demo2025", 390, 844);
        admin.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await admin.GotoAsync("/admin/deposits");
        var row = admin.Locator($".deposit-return[data-number='{number}']");
        Assert.Contains("34.200", await row.Locator(".to-return").InnerTextAsync(), StringComparison.Ordinal); // 3 kg × 38,000 × 30 %
        browser.Stripe.FailNext(4, 500);
        await row.Locator(".deposit-to-card").ClickAsync();
        await admin.WaitForSelectorAsync(".errors li");
        Assert.Contains("34.200", await row.Locator(".card-return-pending").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await row.Locator(".deposit-transferred").CountAsync()); // nothing can record it as transferred meanwhile
        await CheckAsync(admin, "admin-deposits-pending-390");
        var desk = await browser.SignedInPageAsync("admin@htx-marketplace.vn", "Admin#Demo2025");
        await desk.GotoAsync("/admin/deposits");
        await CheckAsync(desk, "admin-deposits-pending-1280");

        await row.Locator(".deposit-to-card").ClickAsync();
        await admin.WaitForSelectorAsync("#flash");
        Assert.Equal(0, await admin.Locator($".deposit-return[data-number='{number}']").CountAsync());
        Assert.Equal(34_200, Assert.Single(browser.Stripe.RefundsOf(intentId))["amount"]!.GetValue<long>());
    }

    private static async Task ImportStatementAsync(IPage admin, string line)
    {
        await admin.GotoAsync("/admin/payments");
        await admin.SetInputFilesAsync("input[name=statement]", new FilePayload
        {
            Name = "saoke.csv",
            MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes($"Ngày giao dịch,Số tiền ghi có,Nội dung\r\n{line}\r\n"),
        });
        await admin.ClickAsync("#import-statement");
        Assert.Equal("Đã khớp 1 trên 1 dòng.", (await admin.InnerTextAsync("#statement-summary")).Trim());
    }

    private static async Task<string> OptionAsync(IPage page, string sku) =>
        (await page.Locator("#VariantId option", new() { HasText = sku }).First.GetAttributeAsync("value"))!;
}
