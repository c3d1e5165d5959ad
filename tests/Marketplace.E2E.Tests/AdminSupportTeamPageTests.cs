using Deque.AxeCore.Playwright;

namespace Marketplace.E2E.Tests;

/// <summary>
/// The admins' support-team page, new this step, as a phone and a desk show it: axe-core finds no
/// serious or critical violation and nothing scrolls sideways. Screenshots of it and of the pages
/// it changed (the audit log with its new kinds, the categories with proposals) go to
/// $MARKETPLACE_SCREENSHOTS.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class AdminSupportTeamPageTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(360, 780)]
    [InlineData(1280, 800)]
    public async Task TheSupportTeamPage_IsAccessible_AndFits(int width, int height)
    {
        var page = await browser.SignedInPageAsync("admin@htx-marketplace.vn", "Admin#Demo2025", width, height);

        await page.GotoAsync("/admin/support-team");
        Assert.Contains("Lê Thu Hà", await page.InnerTextAsync("#support-people"), StringComparison.Ordinal);
        Assert.Contains("HTX Thuận Phong", await page.InnerTextAsync("#supported-cooperatives"), StringComparison.Ordinal);
        var axe = await page.RunAxe();
        Assert.Empty(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => v.Id));
        Assert.True(await Screens.FitsAsync(page), $"the support-team page is wider than {width} px");
        await Screens.ScreenshotAsync(page, $"admin-support-team-{width}");

        await page.GotoAsync("/admin/audit");
        await Screens.ScreenshotAsync(page, $"admin-audit-{width}");
        await page.GotoAsync("/admin/categories");
        await Screens.ScreenshotAsync(page, $"admin-categories-{width}");
    }
}
