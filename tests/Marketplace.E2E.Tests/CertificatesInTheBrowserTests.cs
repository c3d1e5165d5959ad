using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Marketplace.E2E.Tests;

/// <summary>
/// Certificates as they are given, in Chromium on a phone and a desk: Suối Giàng's OCOP rating
/// belongs to its ancient-tree tea alone (the certificates page says which product, the tea shows
/// the stars, its black tea does not), and an OCOP uploaded without its product is refused with a
/// message in the person's language. axe-core finds no serious or critical violation, nothing
/// scrolls sideways; screenshots go to $MARKETPLACE_SCREENSHOTS.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class CertificatesInTheBrowserTests(BrowserFixture browser)
{
    private static async Task CheckAsync(IPage page, string screenshot)
    {
        var axe = await page.RunAxe();
        Assert.Empty(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}"));
        Assert.True(await Screens.FitsAsync(page), $"{page.Url} is wider than the screen");
        await Screens.ScreenshotAsync(page, screenshot);
    }

    [Theory]
    [InlineData(390, 844)]
    [InlineData(1280, 800)]
    public async Task AnOcopRating_NamesItsProduct_AndShowsOnThatProductAlone(int width, int height)
    {
        var owner = await browser.SignedInPageAsync("lienhe3@htx-demo.vn", "Owner#Demo2025", width, height);
        await owner.GotoAsync("/cooperatives/mine");
        var cooperative = (await owner.GetAttributeAsync("a.manage", "href"))!.Split('/')[2];
        await owner.GotoAsync($"/cooperatives/{cooperative}/certificates");
        var ocop = owner.Locator("table.certificates tr", new() { HasText = "OCOP-YB-2024-041" });
        Assert.Equal("Trà Shan Tuyết cổ thụ", (await ocop.Locator(".certificate-product").InnerTextAsync()).Trim());

        await owner.SelectOptionAsync("#Kind", "Ocop");
        await owner.SelectOptionAsync("#OcopStars", "5");
        await owner.ClickAsync("#certificate-submit");
        await owner.WaitForSelectorAsync(".field-error:has-text('OCOP xếp hạng từng sản phẩm')");
        await CheckAsync(owner, $"certificates-product-{width}");

        var shopper = await browser.NewPageAsync(width, height);
        await shopper.GotoAsync("/products?q=tr%C3%A0+shan+tuy%E1%BA%BFt+c%E1%BB%95+th%E1%BB%A5");
        await shopper.Locator("#products a", new() { HasText = "Trà Shan Tuyết cổ thụ" }).First.ClickAsync();
        await shopper.WaitForSelectorAsync("h1");
        Assert.Equal(1, await shopper.Locator(".buy .badges .badge-Ocop").CountAsync());
        await CheckAsync(shopper, $"certificates-ocop-product-{width}");
        await shopper.GotoAsync("/products?q=h%E1%BB%93ng+tr%C3%A0+shan+tuy%E1%BA%BFt");
        await shopper.Locator("#products a", new() { HasText = "Hồng trà Shan Tuyết" }).First.ClickAsync();
        await shopper.WaitForSelectorAsync("h1");
        Assert.Equal(0, await shopper.Locator(".buy .badge-Ocop").CountAsync());
        Assert.Equal(1, await shopper.Locator(".buy .badge-Organic").CountAsync()); // the cooperative's own certificate still shows
    }
}
