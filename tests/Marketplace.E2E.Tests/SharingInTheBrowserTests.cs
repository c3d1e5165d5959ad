using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Marketplace.E2E.Tests;

/// <summary>
/// A product page and a storefront with their share buttons, as a phone and a desk show them:
/// sharing hands out the page's own address, axe-core finds no serious or critical violation and
/// nothing scrolls sideways. Screenshots go to $MARKETPLACE_SCREENSHOTS.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class SharingInTheBrowserTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(390, 844)]
    [InlineData(1280, 800)]
    public async Task AProductAndItsStorefront_OfferToShareTheirAddress_AndAreAccessible(int width, int height)
    {
        var page = await browser.NewPageAsync(width, height);
        await page.GotoAsync("/storefronts/htx-suoi-giang");
        await page.WaitForSelectorAsync("h1:text-is('HTX Suối Giàng')");
        await CheckAsync(page, width, "storefront");
        Assert.EndsWith("/storefronts/htx-suoi-giang", await page.GetAttributeAsync("[data-share]", "data-share-url"), StringComparison.Ordinal);

        await page.Locator("#products h3 a").First.ClickAsync();
        await page.WaitForSelectorAsync("#variants");
        await CheckAsync(page, width, "product");
        var address = await page.GetAttributeAsync("[data-share]", "data-share-url");
        Assert.EndsWith(new Uri(page.Url).AbsolutePath, address, StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString(address!), await page.GetAttributeAsync("a[href*='facebook.com/sharer']", "href"), StringComparison.Ordinal);

        // Without a share sheet (a desktop Chromium has none) the address is copied, or offered to copy.
        string? offered = null;
        page.Dialog += async (_, dialog) =>
        {
            offered = dialog.DefaultValue;
            await dialog.AcceptAsync();
        };
        await page.ClickAsync("[data-share]");
        var copied = false;
        for (var wait = 0; wait < 30 && !copied && offered is null; wait++)
        {
            await Task.Delay(100);
            copied = (await page.InnerTextAsync("[data-share]")).Contains("Đã chép", StringComparison.Ordinal);
        }

        Assert.True(copied || offered == address, $"sharing neither copied nor offered {address}");
    }

    private static async Task CheckAsync(IPage page, int width, string name)
    {
        await Screens.ScreenshotAsync(page, $"share-{name}-{width}");
        var axe = await page.RunAxe();
        Assert.Empty(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Nodes.FirstOrDefault()?.Html}"));
        Assert.True(await Screens.FitsAsync(page), $"the {name} page is wider than {width} px");
    }
}
