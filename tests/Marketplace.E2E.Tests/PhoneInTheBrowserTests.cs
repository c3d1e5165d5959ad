using Microsoft.Playwright;

namespace Marketplace.E2E.Tests;

/// <summary>
/// The shopper's pages on the narrowest phone we serve (360 px): nothing wider than the screen,
/// the bank transfer's reference whole on screen, no empty error bullet, and an irreversible tap
/// that asks first. Screenshots go to $MARKETPLACE_SCREENSHOTS when it is set, to look at.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class PhoneInTheBrowserTests(BrowserFixture browser)
{
    private static async Task<IPage> ShopperWithABankTransferOrderAsync(BrowserFixture browser, int width, int height)
    {
        var page = await browser.NewPageAsync(width, height);
        await page.GotoAsync("/account/register");
        await page.FillAsync("#Input_DisplayName", "Lò Thị Mai");
        await page.FillAsync("#Input_Email", $"e2e-phone-{Guid.NewGuid():N}@example.vn");
        await page.FillAsync("#Input_Password", "Dien#Thoai2026");
        await page.FillAsync("#Input_ConfirmPassword", "Dien#Thoai2026");
        await page.ClickAsync("#register-submit");
        await page.WaitForSelectorAsync("#flash"); // signed in: a navigation started now would cut the registration short
        await page.GotoAsync("/products?q=" + Uri.EscapeDataString("Hạt mắc ca sấy nứt vỏ"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Hạt mắc ca sấy nứt vỏ", Exact = true }).ClickAsync();
        await page.Locator("form.add-to-cart button").First.ClickAsync();
        await page.WaitForSelectorAsync("#flash");
        await page.GotoAsync("/orders/checkout");
        await page.FillAsync("#Recipient", "Lò Thị Mai");
        await page.FillAsync("#Phone", "0987 654 321");
        await page.SelectOptionAsync("#Province", "Lào Cai");
        await Screens.QuotedToAsync(page, "Lào Cai");
        await page.FillAsync("#Commune", "xã Bản Lầu");
        await page.FillAsync("#Street", "thôn Na Lốc 2");
        await page.CheckAsync("input[name='Input.PaymentMethod'][value=BankTransfer]");
        await page.ClickAsync("#place-order");
        await Screens.PlacedAsync(page, "#transfer-reference", "placing a bank-transfer order");
        return page;
    }

    [Theory]
    [InlineData(360, 740)]
    [InlineData(390, 844)]
    [InlineData(1280, 800)]
    public async Task TheBankTransferOrderPage_FitsTheScreen_WithTheReferenceWholeOnIt(int width, int height)
    {
        var page = await ShopperWithABankTransferOrderAsync(browser, width, height);
        await Screens.ScreenshotAsync(page, $"order-bank-transfer-{width}");

        Assert.True(await Screens.FitsAsync(page), $"the order page is wider than {width} px");
        var reference = (await page.Locator("#transfer-reference").BoundingBoxAsync())!;
        Assert.True(reference.X >= 0 && reference.X + reference.Width <= width, $"the reference runs off a {width} px screen");
        Assert.Equal(0, await page.Locator(".errors li:visible").CountAsync()); // no empty red bullet
    }

    [Fact]
    public async Task ThePagesAShopperWalksThrough_AreNoWiderThanA360PxPhone()
    {
        var page = await ShopperWithABankTransferOrderAsync(browser, 360, 740);
        var order = page.Url;
        foreach (var path in new[] { "/", "/products", "/products?q=tra", "/cart", "/orders", order, "/business", "/account/login" })
        {
            await page.GotoAsync(path);
            Assert.True(await Screens.FitsAsync(page), $"{path} is wider than a 360 px screen");
        }
    }

    [Fact]
    public async Task CancellingAPart_AsksFirst_AndANoChangesNothing()
    {
        var page = await ShopperWithABankTransferOrderAsync(browser, 390, 844);
        string? asked = null;
        var answer = false;
        page.Dialog += async (_, dialog) =>
        {
            asked = dialog.Message;
            await (answer ? dialog.AcceptAsync() : dialog.DismissAsync());
        };

        await page.Locator(".order-part button.decision-Reject").ClickAsync();
        Assert.StartsWith("Hủy phần đơn hàng của HTX Thuận Phong?", asked, StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator(".order-part button.decision-Reject").CountAsync()); // still there: nothing was sent

        answer = true;
        await page.Locator(".order-part button.decision-Reject").ClickAsync();
        await page.WaitForSelectorAsync(".status-Cancelled");
        await Screens.ScreenshotAsync(page, "order-cancelled-390");
    }
}
