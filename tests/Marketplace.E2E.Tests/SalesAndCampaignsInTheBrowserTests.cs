using Microsoft.Playwright;

namespace Marketplace.E2E.Tests;

/// <summary>
/// Sale prices and campaigns in Chromium on a phone and a desk: a visitor finds the demo OCOP week on
/// the home page, opens its page, sees the macadamia kernels' sale price beside the list price struck
/// through on the card, the product's page and in the cart; a cooperative's owner sets a sale (a price
/// above the list price refused beside its field, in Vietnamese, what was typed kept) and takes it off;
/// the admins see their campaigns and search for products to add. axe-core finds no serious or critical
/// violation, nothing scrolls sideways; screenshots go to $MARKETPLACE_SCREENSHOTS.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class SalesAndCampaignsInTheBrowserTests(BrowserFixture browser)
{
    private const string Week = "tuan-le-san-pham-ocop";

    [Theory]
    [InlineData(390, 844)]
    [InlineData(1280, 800)]
    public async Task AVisitor_FindsTheOcopWeek_AndItsSalePrices_FromTheHomePageToTheCart(int width, int height)
    {
        var page = await browser.NewPageAsync(width, height);
        await page.GotoAsync("/");
        var shelf = page.Locator($"#home-campaign-{Week}");
        await Assertions.Expect(shelf.Locator("h2")).ToHaveTextAsync("Tuần lễ sản phẩm OCOP");
        await Screens.CheckedAsync(page, "campaign-home", width);

        await shelf.Locator("h2 a").ClickAsync();
        await page.WaitForURLAsync($"**/campaigns/{Week}");
        await Assertions.Expect(page.Locator("#campaign-state")).ToHaveTextAsync("Đang diễn ra");
        var kernels = page.Locator("#products .card.product", new() { HasText = "Nhân mắc ca" });
        await Assertions.Expect(kernels.Locator(".amount")).ToHaveTextAsync("279.000 ₫");
        await Assertions.Expect(kernels.Locator(".was")).ToContainTextAsync("320.000 ₫");
        await Assertions.Expect(kernels.Locator(".sale-off")).ToHaveTextAsync("Giảm 12%");
        await Screens.CheckedAsync(page, "campaign-page", width);

        await kernels.GetByRole(AriaRole.Link, new() { Name = "Nhân mắc ca", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#variants td.amount").First).ToContainTextAsync("279.000 ₫");
        await Assertions.Expect(page.Locator("#variants .sale-until").First).ToContainTextAsync("Giá khuyến mãi đến hết");
        await Screens.CheckedAsync(page, "sale-product", width);

        await page.Locator("form.add-to-cart button").First.ClickAsync();
        await page.WaitForSelectorAsync("#flash");
        await page.GotoAsync("/cart");
        await Assertions.Expect(page.Locator("td.amount .was").First).ToContainTextAsync("320.000 ₫");
        await Screens.CheckedAsync(page, "sale-cart", width);
    }

    [Theory]
    [InlineData(390, 844)]
    [InlineData(1280, 800)]
    public async Task ACooperativesOwner_SetsASale_ARefusedPriceIsSaidBesideItsField_AndTakesItOff(int width, int height)
    {
        var page = await browser.SignedInPageAsync("lienhe3@htx-demo.vn", "Owner#Demo2025", width, height);
        await page.ClickAsync("#nav-sell");
        await page.ClickAsync("a.manage");
        await page.Locator("nav.tabs").GetByRole(AriaRole.Link, new() { Name = "Sản phẩm", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Hồng trà Shan Tuyết", Exact = true }).ClickAsync();
        var card = page.Locator("#sales .sale-card").First;

        // From tomorrow: the other tests, which buy this tea today, still pay its list price.
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).AddDays(1);
        await card.Locator("input[name='Sale.Price']").FillAsync("190k");
        await card.Locator("input[name='Sale.From']").FillAsync(tomorrow.ToString("yyyy-MM-dd"));
        await card.Locator("input[name='Sale.Until']").FillAsync(tomorrow.AddDays(6).ToString("yyyy-MM-dd"));
        await card.Locator("form.sale-form button").ClickAsync();
        await Assertions.Expect(page.Locator("#sales .sale-card .field-error").First).ToContainTextAsync("thấp hơn giá niêm yết");
        await Assertions.Expect(page.Locator("#sales .sale-card input[name='Sale.Price']").First).ToHaveValueAsync("190k");
        await Screens.CheckedAsync(page, "sale-refused", width);

        card = page.Locator("#sales .sale-card").First;
        await card.Locator("input[name='Sale.Price']").FillAsync("159k");
        await card.Locator("form.sale-form button").ClickAsync();
        await Assertions.Expect(page.Locator("#sales .sale-upcoming")).ToContainTextAsync("159.000");
        await Screens.CheckedAsync(page, "sale-set", width);

        await page.Locator("#sales .sale-card").First.GetByRole(AriaRole.Button, new() { Name = "Bỏ khuyến mãi" }).ClickAsync();
        await Assertions.Expect(page.Locator("#flash")).ToContainTextAsync("Đã bỏ khuyến mãi");
        Assert.Equal(0, await page.Locator("#sales .sale-state").CountAsync());
    }

    [Theory]
    [InlineData(390, 844)]
    [InlineData(1280, 800)]
    public async Task TheAdmins_SeeTheirCampaigns_AndFindProductsToAdd(int width, int height)
    {
        var page = await browser.SignedInPageAsync("admin@htx-marketplace.vn", "Admin#Demo2025", width, height);
        await page.GotoAsync("/admin/campaigns");
        var week = page.Locator($"#campaigns li[data-slug='{Week}']");
        await Assertions.Expect(week).ToContainTextAsync("Đang diễn ra");
        await Screens.CheckedAsync(page, "campaigns-admin", width);

        await week.Locator("a").First.ClickAsync();
        await Assertions.Expect(page.Locator("#chosen li")).ToHaveCountAsync(8);
        await page.FillAsync("#q", "gạo nếp");
        await page.Locator("#campaign-search button").ClickAsync();
        await Assertions.Expect(page.Locator("#found li", new() { HasText = "Gạo nếp Như Cố" })).ToBeVisibleAsync();
        await Screens.CheckedAsync(page, "campaign-admin", width);
    }
}
