using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Marketplace.E2E.Tests;

/// <summary>
/// How a cooperative delivers, chosen on its storefront page in Chromium on a phone and a desk:
/// Đồng Din delivers itself in Đắk Lắk and sends farther by GHN and GHTK; a choice that would reach
/// no province (itself nowhere, no carrier) is refused beside the fields, in Vietnamese, and nothing
/// changes; shoppers read it on the storefront. axe-core finds no serious or critical violation, nothing scrolls sideways; screenshots
/// go to $MARKETPLACE_SCREENSHOTS.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class DeliverySettingsInTheBrowserTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(390, 844)]
    [InlineData(1280, 800)]
    public async Task ACooperative_ChoosesItsCarriers_AndCannotDeliverNowhere(int width, int height)
    {
        var owner = await browser.SignedInPageAsync("lienhe7@htx-demo.vn", "Owner#Demo2025", width, height);
        await owner.GotoAsync("/cooperatives/mine");
        var cooperative = (await owner.GetAttributeAsync("a.manage", "href"))!.Split('/')[2];
        await owner.GotoAsync($"/cooperatives/{cooperative}/storefront");
        var form = owner.Locator("#shipping-form");
        Assert.Equal("InProvince", await owner.InputValueAsync("#OwnDelivery"));
        Assert.True(await form.GetByLabel("Giao Hàng Nhanh").IsCheckedAsync());
        Assert.True(await form.GetByLabel("Giao Hàng Tiết Kiệm").IsCheckedAsync());
        Assert.False(await form.GetByLabel("Viettel Post").IsCheckedAsync());
        await form.ScrollIntoViewIfNeededAsync();
        var axe = await owner.RunAxe();
        Assert.Empty(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}"));
        Assert.True(await Screens.FitsAsync(owner), $"{owner.Url} is wider than the screen");
        await Screens.ScreenshotAsync(owner, $"delivery-settings-{width}");

        // Not itself, and no carrier: refused, and the carriers stay as they were.
        await owner.SelectOptionAsync("#OwnDelivery", "Off");
        await form.GetByLabel("Giao Hàng Nhanh").UncheckAsync();
        await form.GetByLabel("Giao Hàng Tiết Kiệm").UncheckAsync();
        await owner.ClickAsync("#shipping-save");
        await owner.WaitForSelectorAsync("#shipping-form .field-error:has-text('Chọn ít nhất một hãng vận chuyển')");
        await Screens.ScreenshotAsync(owner, $"delivery-settings-refused-{width}");
        await owner.GotoAsync($"/cooperatives/{cooperative}/storefront");
        Assert.True(await owner.Locator("#shipping-form").GetByLabel("Giao Hàng Nhanh").IsCheckedAsync());
        Assert.Equal("InProvince", await owner.InputValueAsync("#OwnDelivery"));

        // Shoppers read it on the storefront: its own fee within Đắk Lắk, the carriers beyond.
        await owner.GotoAsync("/");
        await owner.Locator("#storefronts")
            .GetByRole(AriaRole.Link, new() { Name = "HTX Nông nghiệp kinh doanh tổng hợp Đồng Din", Exact = true })
            .ClickAsync();
        var shipping = await owner.InnerTextAsync("dd.shipping");
        Assert.Contains("15.000", shipping, StringComparison.Ordinal);
        Assert.Contains("trong tỉnh Đắk Lắk", shipping, StringComparison.Ordinal);
        Assert.Contains("Giao Hàng Nhanh, Giao Hàng Tiết Kiệm", shipping, StringComparison.Ordinal);
        await Screens.ScreenshotAsync(owner, $"storefront-delivery-{width}");
    }
}
