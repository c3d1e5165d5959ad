using Microsoft.Playwright;

namespace Marketplace.E2E.Tests;

[Collection(SharedBrowser.Name)]
public sealed class MarketplaceInTheBrowserTests(BrowserFixture browser)
{
    private static readonly string[] Cooperatives =
    [
        "HTX Dịch vụ Nông nghiệp Sơn Thủy",
        "HTX Nông nghiệp kinh doanh tổng hợp Đồng Din",
        "HTX Nông nghiệp Thanh niên Như Cố",
        "HTX Suối Giàng",
        "HTX Tân Hoàng Trà",
        "HTX Thảo Đường Vinh",
        "HTX Thuận Phong",
    ];

    [Fact]
    public async Task HomePage_IsVietnamese_ListsTheCooperatives_AndSwitchesToEnglish()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");

        Assert.Equal("Các hợp tác xã trên sàn", await page.InnerTextAsync("h1"));
        Assert.Equal(Cooperatives, (await page.Locator("#storefronts h2").AllInnerTextsAsync()).Select(t => t.Trim()));

        await page.ClickAsync("form.language button[value=en]");
        await page.WaitForSelectorAsync("html[lang=en]");
        Assert.Equal("Cooperatives on the marketplace", await page.InnerTextAsync("h1"));

        // The choice is kept: a new visit stays in English.
        await page.GotoAsync("/");
        Assert.Equal("Cooperatives on the marketplace", await page.InnerTextAsync("h1"));
        await page.ClickAsync("form.language button[value=vi]");
        await page.WaitForSelectorAsync("html[lang=vi]");
    }

    [Fact]
    public async Task AShopperOpensAStorefront_AndSeesItsProductsWithPricesInDong()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        // The cooperatives' list (its name is also under its products on the home page's shelves).
        await page.Locator("#storefronts").GetByRole(AriaRole.Link, new() { Name = "HTX Suối Giàng", Exact = true }).ClickAsync();

        // What follows reads the page's text: wait for the storefront's heading, not for a load
        // state (waiting for one after the click raced the navigation on a busy CI machine and
        // timed out although the page was there).
        await page.WaitForSelectorAsync("h1:text-is('HTX Suối Giàng')");
        Assert.EndsWith("/storefronts/htx-suoi-giang", page.Url, StringComparison.Ordinal);
        var prices = await page.Locator("#products .amount").AllInnerTextsAsync();
        Assert.Contains("350.000\u00A0₫", prices);

        await page.ClickAsync("form.language button[value=en]");
        await page.WaitForSelectorAsync("html[lang=en]");
        Assert.Contains("₫350,000", await page.Locator("#products .amount").AllInnerTextsAsync());
        Assert.Contains("Ancient-tree Shan Tuyet tea", await page.Locator("#products h3").AllInnerTextsAsync());
    }

    [Fact]
    public async Task ANewShopperRegisters_SignsOut_AndSignsInAgain()
    {
        var page = await browser.NewPageAsync();
        var email = $"e2e-{Guid.NewGuid():N}@example.vn";
        await page.GotoAsync("/");
        await page.ClickAsync("#nav-register");

        await page.FillAsync("#Input_DisplayName", "Lò Văn Khánh");
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", "Khanh#2026");
        await page.FillAsync("#Input_ConfirmPassword", "Khanh#2026");
        await page.ClickAsync("#register-submit");

        Assert.Equal("Tài khoản đã được tạo. Chào mừng Lò Văn Khánh!", (await page.InnerTextAsync("#flash")).Trim());
        Assert.Contains(email, await page.InnerTextAsync(".hello"), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
        Assert.Equal("Bạn đã đăng xuất.", (await page.InnerTextAsync(".notice")).Trim());

        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", "Khanh#2026");
        await page.ClickAsync("#login-submit");
        await page.WaitForSelectorAsync(".hello");
        Assert.Contains(email, await page.InnerTextAsync(".hello"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnInvalidRegistration_ShowsItsReasonsInThePagesLanguage()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/account/register");
        await page.FillAsync("#Input_DisplayName", "Khách");
        await page.FillAsync("#Input_Email", "khong-phai-email");
        await page.FillAsync("#Input_Password", "ngan");
        await page.FillAsync("#Input_ConfirmPassword", "ngan");
        await page.ClickAsync("#register-submit");

        Assert.Contains("E-mail không phải là địa chỉ e-mail hợp lệ.", await page.Locator(".field-error").AllInnerTextsAsync());

        await page.ClickAsync("form.language button[value=en]");
        await page.WaitForSelectorAsync("html[lang=en]");
        await page.FillAsync("#Input_DisplayName", "Guest");
        await page.FillAsync("#Input_Email", "not-an-email");
        await page.FillAsync("#Input_Password", "Abcdefg1");
        await page.FillAsync("#Input_ConfirmPassword", "Abcdefg2");
        await page.ClickAsync("#register-submit");
        var errors = await page.Locator(".field-error").AllInnerTextsAsync();
        Assert.Contains("E-mail is not a valid e-mail address.", errors);
        Assert.Contains("The two passwords do not match.", errors);
    }

    [Fact]
    public async Task OnAPhone_TheHomePageFitsTheScreen()
    {
        var page = await browser.NewPageAsync(width: 360, height: 740);
        await page.GotoAsync("/");
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow);
        Assert.Equal(7, await page.Locator("#storefronts .card").CountAsync());
    }
}
