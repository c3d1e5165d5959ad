using Microsoft.Playwright;

namespace Marketplace.E2E.Tests;

/// <summary>
/// Vouchers in Chromium on a phone and a desk: the admins issue one on their page (a wrong figure
/// is refused beside its field, in Vietnamese, with what was typed kept), a cooperative's owner
/// sees its own, and a visitor's cart takes the demo OCOP code and shows what it takes off. axe-core
/// finds no serious or critical violation, nothing scrolls sideways; screenshots go to
/// $MARKETPLACE_SCREENSHOTS.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class VouchersInTheBrowserTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(390, 844)]
    [InlineData(1280, 800)]
    public async Task TheAdmins_IssueAVoucher_AndAWrongFigureIsSaidBesideItsField(int width, int height)
    {
        var page = await browser.SignedInPageAsync("admin@htx-marketplace.vn", "Admin#Demo2025", width, height);
        await page.GotoAsync("/admin/vouchers");
        Assert.Contains("OCOP2026", await page.InnerTextAsync("#vouchers"), StringComparison.Ordinal);
        var code = $"TET{width}{Guid.NewGuid().ToString("N")[..4]}".ToUpperInvariant();
        await page.FillAsync("#Code", code);
        await page.FillAsync("#Title", "Tết 2027: giảm 15 %");
        await page.FillAsync("#PercentOff", "150");
        await page.FillAsync("#MaxDiscountVnd", "60000");
        await page.FillAsync("#TotalLimit", "300");
        await page.ClickAsync("#voucher-issue");
        await Assertions.Expect(page.Locator("#voucher-form .field-error", new() { HasText = "1 đến 100" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#Code")).ToHaveValueAsync(code);
        await Screens.CheckedAsync(page, "vouchers-admin-error", width);

        await page.FillAsync("#PercentOff", "15");
        await page.ClickAsync("#voucher-issue");
        var card = page.Locator($".voucher-card[data-code='{code}']");
        await Assertions.Expect(card).ToContainTextAsync("15 %");
        await Assertions.Expect(card).ToContainTextAsync("0 / 300");
        await Screens.CheckedAsync(page, "vouchers-admin", width);
    }

    [Theory]
    [InlineData(390, 844)]
    [InlineData(1280, 800)]
    public async Task ACooperativesOwner_SeesItsOwnVouchers(int width, int height)
    {
        var page = await browser.SignedInPageAsync("lienhe3@htx-demo.vn", "Owner#Demo2025", width, height);
        await page.ClickAsync("#nav-sell");
        await page.ClickAsync("a.manage");
        await page.GetByRole(AriaRole.Link, new() { Name = "Mã giảm giá", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".voucher-card[data-code='SUOIGIANG30']")).ToContainTextAsync("30.000");
        Assert.Equal(0, await page.Locator("#AllianceSharePercent").CountAsync()); // a cooperative pays its own
        await Screens.CheckedAsync(page, "vouchers-cooperative", width);
    }

    [Theory]
    [InlineData(390, 844)]
    [InlineData(1280, 800)]
    public async Task AVisitorsCart_TakesTheOcopCode_AndShowsWhatItTakesOff(int width, int height)
    {
        var page = await browser.NewPageAsync(width, height);
        await page.GotoAsync("/products?q=" + Uri.EscapeDataString("Trà Shan Tuyết cổ thụ"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Trà Shan Tuyết cổ thụ", Exact = true }).ClickAsync();
        await page.Locator("form.add-to-cart button").First.ClickAsync();
        await page.WaitForSelectorAsync("#flash");
        await page.GotoAsync("/cart");

        await page.FillAsync("#voucher-code", "khongco");
        await page.ClickAsync("#voucher-apply");
        await Assertions.Expect(page.Locator(".errors")).ToContainTextAsync("KHONGCO");
        await Screens.CheckedAsync(page, "cart-voucher-unknown", width);

        await page.FillAsync("#voucher-code", "ocop2026");
        await page.ClickAsync("#voucher-apply");
        await Assertions.Expect(page.Locator("#voucher-discount")).ToContainTextAsync("−");
        Assert.Contains("OCOP2026", await page.InnerTextAsync("#cart-voucher"), StringComparison.Ordinal);
        await Screens.CheckedAsync(page, "cart-voucher", width);

        await page.ClickAsync("#voucher-remove");
        await Assertions.Expect(page.Locator("#voucher-code")).ToBeVisibleAsync();
    }
}
