using Microsoft.Playwright;

namespace Marketplace.E2E.Tests;

/// <summary>
/// Saved products and followed cooperatives in Chromium on a phone and a desk: a signed-in shopper
/// saves the macadamia kernels from their page and follows their cooperative from its storefront
/// (each button then says so, and the page says what happened), finds both on "Đã lưu", and
/// removes the product there. A visitor not signed in is sent to sign in and back. axe-core finds no
/// serious or critical violation, nothing scrolls sideways; screenshots go to $MARKETPLACE_SCREENSHOTS.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class WishlistInTheBrowserTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(390, 844, "shopper4@example.vn")]
    [InlineData(1280, 800, "shopper5@example.vn")]
    public async Task AShopper_SavesAProduct_FollowsItsCooperative_AndFindsBothOnTheSavedPage(int width, int height, string shopper)
    {
        // Not signed in: the button asks to sign in, then brings the shopper back to the product.
        var page = await browser.NewPageAsync(width, height);
        await page.GotoAsync("/campaigns/tuan-le-san-pham-ocop");
        await page.Locator("#products .card.product", new() { HasText = "Nhân mắc ca" })
            .GetByRole(AriaRole.Link, new() { Name = "Nhân mắc ca", Exact = true }).ClickAsync();
        var product = page.Url;
        await page.Locator("a.save-product").ClickAsync();
        await page.FillAsync("#Input_Email", shopper);
        await page.FillAsync("#Input_Password", "Shopper#Demo2025");
        await page.ClickAsync("#login-submit");
        await page.WaitForURLAsync(product);

        var save = page.Locator("form.save-product button");
        await Assertions.Expect(save).ToHaveAttributeAsync("aria-pressed", "false");
        await save.ClickAsync();
        await Assertions.Expect(page.Locator("#flash")).ToContainTextAsync("Đã lưu Nhân mắc ca");
        await Assertions.Expect(save).ToHaveAttributeAsync("aria-pressed", "true");
        await Screens.CheckedAsync(page, "saved-product", width);

        await page.ClickAsync("#vendor-link");
        await page.Locator("form.follow-cooperative button").ClickAsync();
        await Assertions.Expect(page.Locator("#flash")).ToContainTextAsync("Bạn đang theo dõi");
        await Assertions.Expect(page.Locator("form.follow-cooperative button")).ToContainTextAsync("Đang theo dõi");
        await Screens.CheckedAsync(page, "followed-storefront", width);

        await page.ClickAsync("#nav-saved");
        await page.WaitForURLAsync("**/saved");
        await Assertions.Expect(page.Locator("#saved-products .card.product")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#saved-products")).ToContainTextAsync("Nhân mắc ca");
        await Assertions.Expect(page.Locator("#followed-cooperatives .follow")).ToHaveCountAsync(1);
        await Screens.CheckedAsync(page, "saved-page", width);

        await page.Locator("#saved-products button.forget").ClickAsync();
        await Assertions.Expect(page.Locator("#flash")).ToContainTextAsync("Đã bỏ lưu");
        await Assertions.Expect(page.Locator("#no-saved")).ToBeVisibleAsync();
    }
}
