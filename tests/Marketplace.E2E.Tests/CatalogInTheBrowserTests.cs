using Microsoft.Playwright;

namespace Marketplace.E2E.Tests;

/// <summary>
/// The catalog in Chromium: a shopper on a phone finds tea without typing accents and follows it to its lot; a cooperative
/// puts a product on sale.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class CatalogInTheBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task AShopperOnAPhone_SearchesWithoutAccents_OpensTheTea_AndItsLotsTraceability()
    {
        var page = await browser.NewPageAsync(width: 390, height: 844);
        await page.GotoAsync("/");
        await page.FillAsync("#home-q", "tra shan tuyet");
        await page.PressAsync("#home-q", "Enter");
        await page.WaitForSelectorAsync("#products");
        Assert.Contains("Trà Shan Tuyết cổ thụ", await page.Locator("#products h3").AllInnerTextsAsync());
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Trà Shan Tuyết cổ thụ" }).ClickAsync();
        await page.WaitForSelectorAsync("#variants");
        Assert.Equal("Trà Shan Tuyết cổ thụ", (await page.InnerTextAsync("h1")).Trim());
        Assert.Contains("350.000\u00A0₫", await page.Locator("#variants .amount").AllInnerTextsAsync());
        Assert.Equal("HTX Suối Giàng", (await page.InnerTextAsync("#vendor-link")).Trim());

        await page.GetByRole(AriaRole.Link, new() { Name = "SG-2026-03" }).ClickAsync();
        await page.WaitForSelectorAsync("#trace");
        Assert.Equal("SG-2026-03", (await page.InnerTextAsync("#trace-code")).Trim());
        Assert.Equal("HTX Suối Giàng", (await page.InnerTextAsync("#trace-producer")).Trim());
        // The QR picture loads after the page; a broken one would never get a width.
        await page.WaitForFunctionAsync("() => { const qr = document.querySelector('img.qr'); return qr.complete && qr.naturalWidth > 0; }");
    }

    [Fact]
    public async Task ACooperative_PutsANewProductOnSale_AndShoppersFindIt()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.FillAsync("#Input_Email", "lienhe5@htx-demo.vn");
        await page.FillAsync("#Input_Password", "Owner#Demo2025");
        await page.ClickAsync("#login-submit");
        await page.ClickAsync("#nav-sell");
        await page.ClickAsync("a.manage");
        await page.GetByRole(AriaRole.Link, new() { Name = "Sản phẩm", Exact = true }).Last.ClickAsync();
        var products = page.Url;

        var name = $"Trà ô long Tân Cương {Guid.NewGuid().ToString("N")[..5]}";
        await page.SelectOptionAsync("#CategoryId", new SelectOptionValue { Label = "·· Trà xanh" });
        await page.FillAsync("#Name", name);
        await page.FillAsync("#Description", "Trà ô long sao tay, hái một tôm hai lá.");
        await page.SelectOptionAsync("#Unit", "box");
        await page.FillAsync("#NetWeightGrams", "100");
        await page.FillAsync("#PriceVnd", "210000");
        await page.FillAsync("#Stock", "60");
        await page.ClickAsync(".tier-rows summary");
        await page.FillAsync("#TierFrom0", "10");
        await page.FillAsync("#TierPrice0", "195000");
        await page.FillAsync("#TierFrom1", "50");
        await page.FillAsync("#TierPrice1", "180k");
        await page.ClickAsync("#product-submit"); // "Đăng bán ngay" is ticked: one submit puts it on sale
        await page.WaitForSelectorAsync("#public-product");
        Assert.Equal("Đang bán", (await page.InnerTextAsync("#product-status")).Trim());
        Assert.Equal("10:195000; 50:180000", await page.Locator("#variants input[name=tiers]").First.InputValueAsync());
        await Assertions.Expect(page.Locator("#name-english-missing")).ToContainTextAsync("Chưa có tên tiếng Anh"); // for buyers abroad

        // The box a unit ships in, typed as on a phone; carriers charge a large light box by its size.
        await page.FillAsync("#variants input[name=box]", "40 x 30 x 20");
        await page.ClickAsync("#variants td.save button");
        await page.WaitForSelectorAsync("#flash");
        Assert.Equal("40×30×20", await page.Locator("#variants input[name=box]").InputValueAsync());
        await Screens.ScreenshotAsync(page, "product-editor-box-1280");
        var phone = await browser.SignedInPageAsync("lienhe5@htx-demo.vn", "Owner#Demo2025", 390, 844);
        await phone.GotoAsync(page.Url);
        Assert.Equal("40×30×20", await phone.Locator("#variants input[name=box]").InputValueAsync());
        await Screens.ScreenshotAsync(phone, "product-editor-box-390");
        Assert.True(await Screens.FitsAsync(phone), "the product editor is wider than a 390 px phone");

        // The list says which products a buyer reading English sees in Vietnamese.
        foreach (var (screen, width) in new[] { (phone, 390), (page, 1280) })
        {
            await screen.GotoAsync(products);
            await Assertions.Expect(screen.Locator("#english-summary")).ToContainTextAsync("còn thiếu tiếng Anh");
            await Assertions.Expect(screen.Locator("#my-products tr", new() { HasText = name }).Locator(".missing-english"))
                .ToHaveTextAsync("Thiếu tiếng Anh: tên, mô tả");
            await Screens.ScreenshotAsync(screen, $"products-english-{width}");
            Assert.True(await Screens.FitsAsync(screen), $"the product list is wider than {width} px");
        }

        var shopper = await browser.NewPageAsync();
        await shopper.GotoAsync("/products?q=" + Uri.EscapeDataString("tra o long tan cuong"));
        Assert.Contains(name, await shopper.Locator("#products h3").AllInnerTextsAsync());
    }
}
