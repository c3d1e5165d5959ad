using Deque.AxeCore.Playwright;
using Marketplace.CarrierTestServer;
using Microsoft.Playwright;

namespace Marketplace.E2E.Tests;

/// <summary>
/// A parcel sent by GHTK, in Chromium: a shopper buys tea paid in cash; Suối Giàng packs it on
/// its phone, books GHTK from its order list and opens the label; GHTK's callbacks (the loopback
/// GHTK, posting as GHTK posts) move the part, and the shopper follows the parcel on the order's
/// page, on a phone and a desk. axe-core finds no serious or critical violation, nothing scrolls
/// sideways; screenshots go to $MARKETPLACE_SCREENSHOTS.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class ShipmentsInTheBrowserTests(BrowserFixture browser)
{
    private const string Tea = "Trà Shan Tuyết cổ thụ";

    private static async Task CheckAsync(IPage page, string screenshot)
    {
        var axe = await page.RunAxe();
        Assert.Empty(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}"));
        Assert.True(await Screens.FitsAsync(page), $"{page.Url} is wider than the screen");
        await Screens.ScreenshotAsync(page, screenshot);
    }

    [Fact]
    public async Task ACooperativeBooksGhtk_PrintsTheLabel_AndTheShopperFollowsTheParcel()
    {
        var shopper = await browser.NewPageAsync(width: 390, height: 844);
        await shopper.GotoAsync("/products?q=" + Uri.EscapeDataString(Tea));
        await shopper.GetByRole(AriaRole.Link, new() { Name = Tea, Exact = true }).ClickAsync();
        await shopper.Locator("form.add-to-cart button").First.ClickAsync();
        await shopper.WaitForSelectorAsync("#flash");
        await shopper.GotoAsync("/account/register");
        await shopper.FillAsync("#Input_DisplayName", "Lê Hoài An");
        var email = $"e2e-ghtk-{Guid.NewGuid():N}@example.vn";
        await shopper.FillAsync("#Input_Email", email);
        await shopper.FillAsync("#Input_Password", "Mua#Hang2026");
        await shopper.FillAsync("#Input_ConfirmPassword", "Mua#Hang2026");
        await shopper.ClickAsync("#register-submit");
        await shopper.WaitForSelectorAsync("#flash");
        await shopper.ClickAsync("#nav-cart");
        await shopper.ClickAsync("#checkout-link");
        await shopper.FillAsync("#Recipient", "Lê Hoài An");
        await shopper.FillAsync("#Phone", "0912 345 678");
        await shopper.SelectOptionAsync("#Province", "Hà Nội");
        await Screens.QuotedToAsync(shopper, "Hà Nội");
        await shopper.FillAsync("#Commune", "phường Ba Đình");
        await shopper.FillAsync("#Street", "8 Phan Đình Phùng");
        await shopper.ClickAsync("#place-order");
        await Screens.PlacedAsync(shopper, ".order-part", "placing an order to ship");
        var orderUrl = shopper.Url;
        var number = (await shopper.InnerTextAsync("h1")).Replace("Đơn hàng ", string.Empty, StringComparison.Ordinal).Trim();

        // Suối Giàng confirms and packs on its phone, then books GHTK from the same list.
        var coop = await browser.SignedInPageAsync("lienhe3@htx-demo.vn", "Owner#Demo2025", 390, 844);
        await coop.GotoAsync("/cooperatives/mine");
        var cooperative = (await coop.GetAttributeAsync("a.manage", "href"))!.Split('/')[2];
        await coop.GotoAsync($"/cooperatives/{cooperative}/orders");
        ILocator Part() => coop.Locator(".order-part", new() { HasText = number });
        await Part().Locator("button[data-action=Confirm]").ClickAsync();
        await Part().Locator("button[data-action=Pack]").ClickAsync();
        Assert.Equal("Ghtk", await Part().Locator(".book-shipment select[name=carrier]").InputValueAsync());
        await Part().ScrollIntoViewIfNeededAsync();
        await CheckAsync(coop, "shipment-book-phone");
        await Part().Locator("button[data-action=Book]").ClickAsync();
        await coop.WaitForSelectorAsync("#flash");
        var parcel = browser.Ghtk.Orders.Values.Single(o => o.Name == "Lê Hoài An");
        Assert.Contains(parcel.Label, await coop.InnerTextAsync("#flash"), StringComparison.Ordinal);
        Assert.Contains(parcel.Label, await Part().Locator(".booked").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(parcel.Label, await Part().Locator("input[name=trackingNumber]").InputValueAsync()); // shipping by hand stays possible, prefilled
        await Part().ScrollIntoViewIfNeededAsync();
        await CheckAsync(coop, "shipment-booked-phone");

        // The label opens as GHTK's PDF.
        var label = await coop.APIRequest.GetAsync(await Part().Locator("a.label-link").GetAttributeAsync("href") is { } href
            ? new Uri(new Uri(coop.Url), href).ToString()
            : throw new InvalidOperationException("no label link"));
        Assert.Equal((200, "application/pdf"), (label.Status, label.Headers["content-type"]));

        // GHTK picks it up and its courier is on the way: the shopper follows it on the order's page.
        using var ghtk = new HttpClient { BaseAddress = browser.BaseAddress };
        var t = DateTimeOffset.UtcNow;
        using (var picked = await GhtkServer.CallbackAsync(ghtk, "/api/v1/carriers/ghtk/callback", BrowserFixture.GhtkCallbackHash, parcel, 3, t))
        {
            Assert.True(picked.IsSuccessStatusCode);
        }

        using (var courier = await GhtkServer.CallbackAsync(ghtk, "/api/v1/carriers/ghtk/callback", BrowserFixture.GhtkCallbackHash, parcel, 4, t.AddHours(20)))
        {
            Assert.True(courier.IsSuccessStatusCode);
        }

        await shopper.GotoAsync(orderUrl);
        var tracking = shopper.Locator(".shipment-events");
        Assert.Equal(["Đang giao hàng", "Đã lấy hàng"], await tracking.Locator(".shipment-step").AllInnerTextsAsync());
        Assert.Contains(parcel.Label, await shopper.InnerTextAsync(".tracking"), StringComparison.Ordinal);
        await tracking.ScrollIntoViewIfNeededAsync();
        await CheckAsync(shopper, "shipment-tracking-phone");
        var desk = await browser.SignedInPageAsync(email, "Mua#Hang2026");
        await desk.GotoAsync(orderUrl);
        await desk.Locator(".shipment-events").ScrollIntoViewIfNeededAsync();
        await CheckAsync(desk, "shipment-tracking-desktop");

        // Delivered: the part says so, with the cash GHTK collected.
        using (var delivered = await GhtkServer.CallbackAsync(
            ghtk, "/api/v1/carriers/ghtk/callback", BrowserFixture.GhtkCallbackHash, parcel, 5, t.AddHours(26)))
        {
            Assert.True(delivered.IsSuccessStatusCode);
        }

        await shopper.ReloadAsync();
        Assert.Contains("Đã giao", await shopper.InnerTextAsync(".order-part .status"), StringComparison.Ordinal);

        // At month's end the admin sees GHTK still holds the cash, imports GHTK's statement, and the parcel is settled.
        foreach (var (width, height) in new[] { (1280, 800), (390, 844) })
        {
            var admin = await browser.SignedInPageAsync("admin@htx-marketplace.vn", "Admin#Demo2025", width, height);
            await admin.GotoAsync("/admin/remittances");
            if (width == 1280)
            {
                Assert.Contains(number, await admin.InnerTextAsync("#outstanding"), StringComparison.Ordinal);
                await CheckAsync(admin, "remittances-outstanding-desktop");
                var statement = $"Mã vận đơn;Tiền thu hộ;Phí vận chuyển;Phí bảo hiểm\n{parcel.Label};{parcel.PickMoney};35.000;0\n";
                await admin.SetInputFilesAsync("#statement", new FilePayload
                {
                    Name = "doi-soat-ghtk.csv",
                    MimeType = "text/csv",
                    Buffer = System.Text.Encoding.UTF8.GetBytes(statement),
                });
                await admin.ClickAsync("#remittance-import");
                await admin.WaitForSelectorAsync("#flash");
                Assert.DoesNotContain(number, await admin.InnerTextAsync("#outstanding"), StringComparison.Ordinal);
            }

            var settled = admin.Locator(".remittance tr", new() { HasText = parcel.Label }).First;
            Assert.Equal("Đã nhận tiền", await settled.Locator(".remittance-outcome").InnerTextAsync());
            await settled.ScrollIntoViewIfNeededAsync();
            await CheckAsync(admin, $"remittances-imported-{width}");
        }
    }
}
