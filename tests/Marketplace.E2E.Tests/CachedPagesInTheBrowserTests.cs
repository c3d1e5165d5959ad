namespace Marketplace.E2E.Tests;

/// <summary>
/// A product page served from the shopper pages' cache carries no antiforgery token: with script,
/// the add-to-cart button asks for the visitor's own as it is pressed and adds at once; without
/// script, nothing is added, the visitor is asked to press again on a page rendered for them, and
/// that press adds. Screenshots of the message go to $MARKETPLACE_SCREENSHOTS.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class CachedPagesInTheBrowserTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(390, 844)]
    [InlineData(1280, 800)]
    public async Task TheCartButton_OnACachedProductPage_AddsWithScript_AndAsksOnceMoreWithout(int width, int height)
    {
        var product = await ProductAddressAsync(width, height);

        // A slow phone link: the token takes a second to come; the press still adds, once.
        var scripted = await browser.NewPageAsync(width, height);
        await scripted.RouteAsync("**/forms/token", async route =>
        {
            await Task.Delay(1000);
            await route.ContinueAsync();
        });
        await scripted.GotoAsync(product);
        var button = scripted.Locator("form.add-to-cart[data-token-on-submit] button").First;
        await button.ClickAsync();
        await scripted.WaitForSelectorAsync("#flash");
        Assert.Contains("Đã thêm vào giỏ hàng", await scripted.InnerTextAsync("#flash"), StringComparison.Ordinal);
        await scripted.GotoAsync("/cart");
        Assert.Equal("1", await scripted.Locator("main table tbody tr input[name=quantity]").First.InputValueAsync());

        var plain = await browser.NewPageAsync(width, height, javaScript: false);
        await plain.GotoAsync(product);
        await plain.Locator("form.add-to-cart[data-token-on-submit] button").First.ClickAsync();
        await plain.WaitForSelectorAsync("#flash");
        Assert.Contains("bấm lại", await plain.InnerTextAsync("#flash"), StringComparison.Ordinal);
        await Screens.ScreenshotAsync(plain, $"cached-product-press-again-{width}");
        Assert.True(await Screens.FitsAsync(plain), $"the product page is wider than {width} px");

        await plain.Locator("form.add-to-cart button").First.ClickAsync();
        await plain.WaitForSelectorAsync("#flash:has-text('Đã thêm vào giỏ hàng')");
        await plain.GotoAsync("/cart");
        Assert.Equal(1, await plain.Locator("main table tbody tr").CountAsync());
    }

    /// <summary>A demo product's address, opened once so that the next visitor is served it from the cache.</summary>
    private async Task<string> ProductAddressAsync(int width, int height)
    {
        var page = await browser.NewPageAsync(width, height);
        await page.GotoAsync("/storefronts/htx-suoi-giang");
        await page.Locator("#products h3 a").First.ClickAsync();
        await page.WaitForSelectorAsync("#variants");
        return new Uri(page.Url).PathAndQuery;
    }
}
