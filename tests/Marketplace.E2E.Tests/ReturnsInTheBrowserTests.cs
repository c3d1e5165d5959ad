using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Marketplace.E2E.Tests;

/// <summary>
/// A return, the whole of it, in Chromium: a shopper buys tea paid in cash, Suối Giàng delivers it
/// from its phone, the shopper asks on their phone to send a box back (the reason, a photo, the
/// account the money goes to), the cooperative sees the photo and accepts with the box back in
/// stock, an admin transfers the money and records it, and the shopper's order shows it given back. axe-core finds no serious or
/// critical violation, nothing scrolls sideways; screenshots go to $MARKETPLACE_SCREENSHOTS.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class ReturnsInTheBrowserTests(BrowserFixture browser)
{
    private const string Tea = "Trà Shan Tuyết cổ thụ";

    // A 2×2 PNG, as a phone's camera would send a (much larger) picture.
    private static readonly byte[] Photo = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGM4UaEBRAwQCgAp7gWhjAnOiAAAAABJRU5ErkJggg==");

    private static async Task CheckAsync(IPage page, string screenshot)
    {
        var axe = await page.RunAxe();
        Assert.Empty(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}"));
        Assert.True(await Screens.FitsAsync(page), $"{page.Url} is wider than the screen");
        await Screens.ScreenshotAsync(page, screenshot);
    }

    [Fact]
    public async Task AShopperSendsABoxBack_TheCooperativeAccepts_AndTheRefundShows()
    {
        // The shopper buys two boxes, to pay in cash at the door.
        var shopper = await browser.NewPageAsync(width: 390, height: 844);
        await shopper.GotoAsync("/products?q=" + Uri.EscapeDataString(Tea));
        await shopper.GetByRole(AriaRole.Link, new() { Name = Tea, Exact = true }).ClickAsync();
        await shopper.Locator("form.add-to-cart input[name=quantity]").First.FillAsync("2");
        await shopper.Locator("form.add-to-cart button").First.ClickAsync();
        await shopper.WaitForSelectorAsync("#flash");
        var email = $"e2e-tra-{Guid.NewGuid():N}@example.vn";
        await shopper.GotoAsync("/account/register");
        await shopper.FillAsync("#Input_DisplayName", "Nguyễn Minh Thư");
        await shopper.FillAsync("#Input_Email", email);
        await shopper.FillAsync("#Input_Password", "Mua#Hang2026");
        await shopper.FillAsync("#Input_ConfirmPassword", "Mua#Hang2026");
        await shopper.ClickAsync("#register-submit");
        await shopper.WaitForSelectorAsync("#flash");
        await shopper.ClickAsync("#nav-cart");
        await shopper.ClickAsync("#checkout-link");
        await shopper.FillAsync("#Recipient", "Nguyễn Minh Thư");
        await shopper.FillAsync("#Phone", "0912 345 678");
        await shopper.SelectOptionAsync("#Province", "Hà Nội");
        await Screens.QuotedToAsync(shopper, "Hà Nội");
        await shopper.FillAsync("#Commune", "phường Ba Đình");
        await shopper.FillAsync("#Street", "8 Phan Đình Phùng");
        await shopper.ClickAsync("#place-order");
        await Screens.PlacedAsync(shopper, ".order-part", "placing an order to return");
        var orderUrl = shopper.Url;
        var number = (await shopper.InnerTextAsync("h1")).Replace("Đơn hàng ", string.Empty, StringComparison.Ordinal).Trim();

        // Suối Giàng delivers it from its phone; once shipped, a failed attempt or a return to sender is one tap away.
        var coop = await browser.SignedInPageAsync("lienhe3@htx-demo.vn", "Owner#Demo2025", 390, 844);
        coop.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await coop.GotoAsync("/cooperatives/mine");
        var cooperative = (await coop.GetAttributeAsync("a.manage", "href"))!.Split('/')[2];
        await coop.GotoAsync($"/cooperatives/{cooperative}/orders");
        ILocator Part() => coop.Locator(".order-part", new() { HasText = number });
        await Part().Locator("button[data-action=Confirm]").ClickAsync();
        await Part().Locator("button[data-action=Pack]").ClickAsync();
        await Part().Locator("input[name=carrier]").FillAsync("Giao Hàng Tiết Kiệm");
        await Part().Locator("input[name=trackingNumber]").FillAsync("S21.GHTK.778899");
        await Part().Locator("button[data-action=Ship]").ClickAsync();
        await coop.WaitForSelectorAsync("#flash");
        Assert.Equal(1, await Part().Locator("button[data-action=FailAttempt]").CountAsync());
        Assert.Equal(1, await Part().Locator("button[data-action=ReturnToSender]").CountAsync());
        await Part().ScrollIntoViewIfNeededAsync();
        await CheckAsync(coop, "returns-coop-shipped-phone");
        await Part().Locator("button[data-action=Deliver]").ClickAsync();
        await coop.WaitForSelectorAsync("#flash");

        // The shopper asks to send one box back, on their phone; the account is asked because they paid in cash.
        await shopper.GotoAsync(orderUrl);
        await shopper.ClickAsync(".return-form summary");
        await CheckAsync(shopper, "returns-shopper-ask-phone");
        await shopper.ClickAsync(".return-form button[type=submit]"); // nothing chosen: the browser asks for the reason first
        Assert.Equal(orderUrl, shopper.Url);
        await shopper.FillAsync(".return-form input[name='lines[0].Quantity']", "1");
        await shopper.SelectOptionAsync(".return-form select[name=reason]", "Damaged");
        await shopper.FillAsync(".return-form textarea[name=details]", "Hộp trà bị móp, túi bên trong rách.");
        await shopper.SetInputFilesAsync(".return-form input[name=photos]", new FilePayload { Name = "hop-tra.png", MimeType = "image/png", Buffer = Photo });
        await shopper.FillAsync(".return-form input[name=bank]", "Vietcombank");
        await shopper.FillAsync(".return-form input[name=accountNumber]", "0071 0001 23456");
        await shopper.FillAsync(".return-form input[name=holder]", "NGUYEN MINH THU");
        await shopper.ClickAsync(".return-form button[type=submit]");
        await shopper.WaitForSelectorAsync(".return-request");
        Assert.Contains("Chờ hợp tác xã trả lời", await shopper.InnerTextAsync(".return-request .status"), StringComparison.Ordinal);
        Assert.Equal(0, await shopper.Locator(".return-form").CountAsync()); // one return at a time

        // The cooperative sees the photo, takes the box back into stock and accepts, from its phone.
        await coop.GotoAsync($"/cooperatives/{cooperative}/returns");
        var asked = coop.Locator(".return-request", new() { HasText = number });
        await asked.Locator(".return-photos img").ScrollIntoViewIfNeededAsync();
        Assert.Equal(2, await asked.Locator(".return-photos img").EvaluateAsync<int>("async img => { await img.decode(); return img.naturalWidth; }"));
        await CheckAsync(coop, "returns-coop-decide-phone");
        await asked.Locator("input[name=restock]").CheckAsync();
        await asked.Locator("button[data-decision=Accept]").ClickAsync();
        await coop.WaitForSelectorAsync("#flash");

        // Paid in cash, the money goes back by the alliance's transfer: the admin sees where it goes, transfers it, and records it.
        var admin = await browser.SignedInPageAsync("admin@htx-marketplace.vn", "Admin#Demo2025");
        admin.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await admin.GotoAsync("/admin/returns");
        var owed = admin.Locator(".return-request", new() { HasText = number });
        Assert.Contains("0071000123456", await owed.Locator(".return-account").InnerTextAsync(), StringComparison.Ordinal);
        await CheckAsync(admin, "returns-admin-desktop");
        await owed.Locator("button[data-decision=Transferred]").ClickAsync();
        await admin.WaitForSelectorAsync("#flash");

        // The shopper's order says so, once Payments has booked it.
        for (var attempt = 0; attempt < 40 && !(await shopper.InnerTextAsync(".return-request")).Contains("Đã hoàn", StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(250);
            await shopper.GotoAsync(orderUrl);
        }

        Assert.Contains("Đã hoàn", await shopper.InnerTextAsync(".return-request .return-refund"), StringComparison.Ordinal);
        await shopper.Locator(".return-request").ScrollIntoViewIfNeededAsync();
        await CheckAsync(shopper, "returns-shopper-refunded-phone");

        // And on a desk: the cooperative's list, and the shopper's order.
        await coop.SetViewportSizeAsync(1280, 800);
        await coop.GotoAsync($"/cooperatives/{cooperative}/returns");
        await CheckAsync(coop, "returns-coop-desktop");
        await shopper.SetViewportSizeAsync(1280, 800);
        await shopper.GotoAsync(orderUrl);
        await CheckAsync(shopper, "returns-shopper-desktop");
    }

    [Fact]
    public async Task ARefundTheCardRefused_IsTriedAgainFromTheAdminsPhone_AndShowsGivenBack()
    {
        // The shopper buys a box of tea by card (Stripe confirms it, as its webhook would tell).
        var shopper = await browser.NewPageAsync(width: 390, height: 844);
        await shopper.RouteAsync("https://js.stripe.com/**", route => route.AbortAsync());
        await shopper.GotoAsync("/account/register");
        await shopper.FillAsync("#Input_DisplayName", "Lê Hoài An");
        await shopper.FillAsync("#Input_Email", $"e2e-the-{Guid.NewGuid():N}@example.vn");
        await shopper.FillAsync("#Input_Password", "Mua#Hang2026");
        await shopper.FillAsync("#Input_ConfirmPassword", "Mua#Hang2026");
        await shopper.ClickAsync("#register-submit");
        await shopper.WaitForSelectorAsync("#flash");
        await shopper.GotoAsync("/products?q=" + Uri.EscapeDataString(Tea));
        await shopper.GetByRole(AriaRole.Link, new() { Name = Tea, Exact = true }).ClickAsync();
        await shopper.Locator("form.add-to-cart button").First.ClickAsync();
        await shopper.WaitForSelectorAsync("#flash");
        await shopper.GotoAsync("/orders/checkout");
        await shopper.FillAsync("#Recipient", "Lê Hoài An");
        await shopper.FillAsync("#Phone", "0905 111 222");
        await shopper.SelectOptionAsync("#Province", "Đà Nẵng");
        await Screens.QuotedToAsync(shopper, "Đà Nẵng");
        await shopper.FillAsync("#Commune", "phường Hải Châu");
        await shopper.FillAsync("#Street", "12 Bạch Đằng");
        await shopper.CheckAsync("input[name='Input.PaymentMethod'][value=Card]");
        await shopper.ClickAsync("#place-order");
        await shopper.WaitForURLAsync("**/pay", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        var orderUrl = shopper.Url[..^"/pay".Length];
        var signed = browser.Stripe.Succeed((await shopper.Locator("#card-form").GetAttributeAsync("data-intent"))!);
        using (var http = new HttpClient { BaseAddress = browser.BaseAddress })
        using (var webhook = new HttpRequestMessage(HttpMethod.Post, "/api/v1/payments/stripe/webhook")
        {
            Content = new StringContent(signed.Payload, System.Text.Encoding.UTF8, "application/json"),
        })
        {
            webhook.Headers.Add("Stripe-Signature", signed.Signature);
            (await http.SendAsync(webhook)).EnsureSuccessStatusCode();
        }

        await shopper.GotoAsync(orderUrl);
        var number = (await shopper.InnerTextAsync("h1")).Replace("Đơn hàng ", string.Empty, StringComparison.Ordinal).Trim();

        // Suối Giàng delivers it, once the payment has reached its orders.
        var coop = await browser.SignedInPageAsync("lienhe3@htx-demo.vn", "Owner#Demo2025", 390, 844);
        coop.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await coop.GotoAsync("/cooperatives/mine");
        var cooperative = (await coop.GetAttributeAsync("a.manage", "href"))!.Split('/')[2];
        ILocator Part() => coop.Locator(".order-part", new() { HasText = number });
        for (var attempt = 0; attempt < 40 && await Part().Locator("button[data-action=Confirm]").CountAsync() == 0; attempt++)
        {
            await Task.Delay(250);
            await coop.GotoAsync($"/cooperatives/{cooperative}/orders");
        }

        await Part().Locator("button[data-action=Confirm]").ClickAsync();
        await Part().Locator("button[data-action=Pack]").ClickAsync();
        await Part().Locator("input[name=carrier]").FillAsync("Giao Hàng Nhanh");
        await Part().Locator("input[name=trackingNumber]").FillAsync("GHN5566778");
        await Part().Locator("button[data-action=Ship]").ClickAsync();
        await coop.WaitForSelectorAsync("#flash");
        await Part().Locator("button[data-action=Deliver]").ClickAsync();
        await coop.WaitForSelectorAsync("#flash");

        // Paid by card, the return asks no account; the cooperative accepts, and Stripe refuses the refund this once.
        await shopper.GotoAsync(orderUrl);
        await shopper.ClickAsync(".return-form summary");
        Assert.Equal(0, await shopper.Locator(".return-form input[name=accountNumber]").CountAsync());
        await shopper.FillAsync(".return-form input[name='lines[0].Quantity']", "1");
        await shopper.SelectOptionAsync(".return-form select[name=reason]", "Damaged");
        await shopper.ClickAsync(".return-form button[type=submit]");
        await shopper.WaitForSelectorAsync(".return-request");
        browser.Stripe.FailNext(1, 400);
        await coop.GotoAsync($"/cooperatives/{cooperative}/returns");
        await coop.Locator(".return-request", new() { HasText = number }).Locator("button[data-decision=Accept]").ClickAsync();
        await coop.WaitForSelectorAsync("#flash");

        // The admin sees it on their phone, tries it again, and the shopper's order shows the money given back.
        var admin = await browser.SignedInPageAsync("admin@htx-marketplace.vn", "Admin#Demo2025", 390, 844);
        var asked = string.Empty;
        admin.Dialog += async (_, dialog) =>
        {
            asked = dialog.Message; // the page asks them to check it was not refunded by hand first
            await dialog.AcceptAsync();
        };
        ILocator Stuck() => admin.Locator(".return-request", new() { HasText = number }).Locator("button[data-decision=RetryRefund]");
        for (var attempt = 0; attempt < 40 && await Stuck().CountAsync() == 0; attempt++)
        {
            await Task.Delay(250);
            await admin.GotoAsync("/admin/returns");
        }

        await Stuck().ScrollIntoViewIfNeededAsync();
        await CheckAsync(admin, "returns-admin-retry-phone");
        await Stuck().ClickAsync();
        await admin.WaitForSelectorAsync("#flash");
        Assert.Contains("chưa được hoàn tay", asked, StringComparison.Ordinal);
        for (var attempt = 0; attempt < 40 && !(await shopper.InnerTextAsync(".return-request")).Contains("Đã hoàn", StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(250);
            await shopper.GotoAsync(orderUrl);
        }

        Assert.Contains("Đã hoàn", await shopper.InnerTextAsync(".return-request .return-refund"), StringComparison.Ordinal);
    }
}

