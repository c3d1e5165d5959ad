using Microsoft.Playwright;

namespace Marketplace.E2E.Tests;

/// <summary>
/// The whole order in Chromium: a shopper fills one cart from three cooperatives before signing
/// in, checks out with cash on delivery and sees three parts; each cooperative's owner sees only
/// its own part, ships it with a tracking number and marks it delivered; the shopper sees it all.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class ShoppingInTheBrowserTests(BrowserFixture browser)
{
    private static readonly (string Product, string Owner, string Vendor)[] Picks =
    [
        ("Hạt mắc ca sấy nứt vỏ", "lienhe2@htx-demo.vn", "HTX Thuận Phong"),
        ("Trà Shan Tuyết cổ thụ", "lienhe3@htx-demo.vn", "HTX Suối Giàng"),
        ("Bưởi da xanh", "lienhe7@htx-demo.vn", "HTX Nông nghiệp kinh doanh tổng hợp Đồng Din"),
    ];

    private static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/account/login");
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", password);
        await page.ClickAsync("#login-submit");
        await page.WaitForSelectorAsync(".hello");
    }

    private static long Amount(string text) => long.Parse(new string([.. text.Where(char.IsAsciiDigit)]), System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task AShopperBuysFromThreeCooperatives_AndEachFulfilsItsOwnPart()
    {
        var shopper = await browser.NewPageAsync(width: 390, height: 844);
        foreach (var (product, _, _) in Picks)
        {
            await shopper.GotoAsync("/products?q=" + Uri.EscapeDataString(product));
            await shopper.GetByRole(AriaRole.Link, new() { Name = product, Exact = true }).ClickAsync();
            await shopper.Locator("form.add-to-cart button").First.ClickAsync();
            await shopper.WaitForSelectorAsync("#flash");
        }

        await shopper.GotoAsync("/cart");
        Assert.Equal(3, await shopper.Locator(".cart-group").CountAsync());

        // Signing in keeps the visitor's cart.
        var email = $"e2e-mua-{Guid.NewGuid():N}@example.vn";
        await shopper.GotoAsync("/account/register");
        await shopper.FillAsync("#Input_DisplayName", "Phạm Thu Hà");
        await shopper.FillAsync("#Input_Email", email);
        await shopper.FillAsync("#Input_Password", "Mua#Hang2026");
        await shopper.FillAsync("#Input_ConfirmPassword", "Mua#Hang2026");
        await shopper.ClickAsync("#register-submit");
        await shopper.WaitForSelectorAsync("#flash"); // signed in: a navigation started now would cut the registration short
        await shopper.ClickAsync("#nav-cart");
        Assert.Equal(3, await shopper.Locator(".cart-group").CountAsync());

        // Each parcel's delivery is estimated to the farthest region until the address is known.
        Assert.Equal(3, await shopper.Locator(".cart-group .delivery-quote").CountAsync());
        await Screens.ScreenshotAsync(shopper, "cart-delivery-390");

        await shopper.ClickAsync("#checkout-link");
        Assert.Contains("tạm tính", await shopper.InnerTextAsync("#checkout-summary"), StringComparison.Ordinal);
        var estimated = await shopper.InnerTextAsync("#checkout-total");
        await shopper.FillAsync("#Recipient", "Phạm Thu Hà");
        await shopper.FillAsync("#Phone", "0912 345 678");

        // Choosing the province quotes again at once: Đồng Din (Đắk Lắk) sends to Hà Nội by a carrier, never for more than the estimate.
        await shopper.SelectOptionAsync("#Province", "Hà Nội");
        await Screens.QuotedToAsync(shopper, "Hà Nội");
        var dongDin = await shopper.Locator("#checkout-summary li", new() { HasText = "Đồng Din" }).InnerTextAsync();
        Assert.Contains("Giao Hàng", dongDin, StringComparison.Ordinal);
        Assert.True(Amount(await shopper.InnerTextAsync("#checkout-total")) <= Amount(estimated));
        await shopper.FillAsync("#Commune", "phường Hoàn Kiếm");
        await shopper.FillAsync("#Street", "12 Hàng Bạc");
        await Screens.ScreenshotAsync(shopper, "checkout-delivery-390");
        await shopper.ClickAsync("#place-order");
        await Screens.PlacedAsync(shopper, ".order-part", "placing an order from three cooperatives");
        Assert.Equal(3, await shopper.Locator(".order-part").CountAsync());

        // Each part says by whom it comes and when it should arrive.
        Assert.Equal(3, await shopper.Locator(".order-part .expected").CountAsync());
        await Screens.ScreenshotAsync(shopper, "order-delivery-390");
        var orderUrl = shopper.Url;
        var number = (await shopper.InnerTextAsync("h1")).Replace("Đơn hàng ", string.Empty, StringComparison.Ordinal).Trim();

        foreach (var (_, owner, vendor) in Picks)
        {
            var staff = await browser.NewPageAsync();
            await SignInAsync(staff, owner, "Owner#Demo2025");
            await staff.ClickAsync("#nav-sell");
            await staff.ClickAsync("a.manage");
            await staff.GetByRole(AriaRole.Link, new() { Name = "Đơn hàng", Exact = true }).Last.ClickAsync();
            var part = staff.Locator(".order-part", new() { HasText = number });
            Assert.Equal(1, await part.CountAsync());
            Assert.DoesNotContain(Picks.Where(p => p.Vendor != vendor).Select(p => p.Product).First(), await part.InnerTextAsync(), StringComparison.Ordinal);

            await part.Locator("button[data-action=Confirm]").ClickAsync();
            await staff.Locator(".order-part", new() { HasText = number }).Locator("button[data-action=Pack]").ClickAsync();
            var packed = staff.Locator(".order-part", new() { HasText = number });
            await packed.Locator("input[name=carrier]").FillAsync("Viettel Post");
            await packed.Locator("input[name=trackingNumber]").FillAsync("VTP-" + vendor.Length);
            await packed.Locator("button[data-action=Ship]").ClickAsync();
            // Delivered with cash is asked first, naming the amount: the person answers yes.
            string? question = null;
            staff.Dialog += async (_, dialog) =>
            {
                question = dialog.Message;
                await dialog.AcceptAsync();
            };
            await staff.Locator(".order-part", new() { HasText = number }).Locator("button[data-action=Deliver]").ClickAsync();
            await staff.WaitForSelectorAsync("#flash");
            Assert.Contains("không thể hoàn tác", question, StringComparison.Ordinal);
            Assert.Contains(
                "Đã giao", await staff.Locator(".order-part", new() { HasText = number }).Locator(".status").InnerTextAsync(), StringComparison.Ordinal);
        }

        await shopper.GotoAsync(orderUrl);
        Assert.Equal(["Đã giao", "Đã giao", "Đã giao"], (await shopper.Locator(".order-part h2 .status").AllInnerTextsAsync()).Select(s => s.Trim()));
        Assert.Equal(3, await shopper.Locator(".order-part .tracking").CountAsync());
    }
}
