using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Marketplace.E2E.Tests;

/// <summary>
/// The pages this step changed for money: the admins' ledger (balances pending and available,
/// the money rules, requests to pay), a cooperative's ledger with what it owes and the VietQR
/// code to pay it, and the delivery step that records less cash than was due. On a phone and a
/// desk: axe-core finds no serious or critical violation and nothing scrolls sideways.
/// Screenshots go to $MARKETPLACE_SCREENSHOTS.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class MoneyPagesTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(390, 844)]
    [InlineData(1280, 800)]
    public async Task TheLedgers_ShowPendingAvailableAndOwed_AndAreAccessible(int width, int height)
    {
        var admin = await SignedInAsync(width, height, "admin@htx-marketplace.vn", "Admin#Demo2025");
        await admin.GotoAsync("/admin/ledger");
        Assert.NotNull(await admin.QuerySelectorAsync("#money-rules #holdDays"));
        await CheckAsync(admin, width, "admin-ledger");

        // A demo cooperative paid in cash owes commission: the admin asks for it (or it was asked already).
        var owing = admin.Locator("#balances tr", new() { Has = admin.Locator("form[action*='handler=Ask'] button") });
        if (await owing.CountAsync() > 0)
        {
            await owing.First.Locator("form button").ClickAsync();
            await admin.WaitForSelectorAsync("#pay-ins");
        }

        var request = admin.Locator("#pay-ins tbody tr").First;
        var debtor = (await request.Locator("td").First.InnerTextAsync()).Trim();
        var row = admin.Locator("#balances tr", new() { Has = admin.Locator($"a:text-is('{debtor}')") });
        var cooperativeId = (await row.GetAttributeAsync("id"))!["balance-".Length..];
        await CheckAsync(admin, width, "admin-ledger-pay-ins");

        // Its owner (one of the seven demo owners) sees what it owes and the code to pay it.
        for (var n = 1; n <= 7; n++)
        {
            var owner = await SignedInAsync(width, height, $"lienhe{n}@htx-demo.vn", "Owner#Demo2025");
            var ledger = await owner.GotoAsync($"/cooperatives/{cooperativeId}/ledger");
            if (ledger?.Status != 200)
            {
                continue;
            }

            Assert.Matches("^CONGNO[0-9]{6}[0-9A-Z]{4}$", (await owner.InnerTextAsync("#debt-reference")).Trim());
            Assert.True(await owner.EvaluateAsync<bool>("() => document.querySelector('#debt-vietqr').naturalWidth > 0"), "the VietQR code shows");
            await CheckAsync(owner, width, "cooperative-ledger-debt");

            await owner.GotoAsync($"/cooperatives/{cooperativeId}/orders?status=Shipped");
            var shortfall = owner.Locator("details.shortfall").First;
            if (await shortfall.CountAsync() > 0)
            {
                await shortfall.Locator("summary").ClickAsync();
                await CheckAsync(owner, width, "vendor-orders-shortfall");
            }

            return;
        }

        Assert.Fail($"no demo owner opens the ledger of {debtor}");
    }

    [Theory]
    [InlineData(390, 844)]
    [InlineData(1280, 800)]
    public async Task TheMonthsEndPages_ReportsOrdersDeskAndAuditLog_AreAccessible_AndFit(int width, int height)
    {
        var admin = await SignedInAsync(width, height, "admin@htx-marketplace.vn", "Admin#Demo2025");
        var monthStart = DateTime.UtcNow.AddHours(7).AddDays(-60);
        await admin.GotoAsync($"/admin/reports?from={monthStart:yyyy-MM-dd}&grain=Week");
        Assert.Equal("img", await admin.GetAttributeAsync(".report-chart svg", "role"));
        Assert.True(await admin.Locator("#report-periods tbody tr").CountAsync() >= 8);
        await CheckAsync(admin, width, "admin-reports");

        // From the sales report to the orders report, over the demo's last two months.
        await admin.ClickAsync("nav.subtabs a[href='/admin/reports/orders']");
        await admin.FillAsync("#from", monthStart.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await admin.SelectOptionAsync("#grain", "Week");
        await admin.ClickAsync("#orders-report-filter button[type=submit]");
        await admin.WaitForSelectorAsync("#orders-provinces");
        Assert.Equal("img", await admin.GetAttributeAsync(".report-chart svg", "role"));
        Assert.True(await admin.Locator("#orders-products tbody tr").CountAsync() > 0, "the demo orders' products are listed");
        Assert.True(await admin.Locator("#orders-methods tbody tr").CountAsync() > 0, "the demo orders' payment methods are listed");
        await CheckAsync(admin, width, "admin-orders-report");

        // Who joined: the last twelve months, month by month, and certificates running out.
        await admin.ClickAsync("nav.subtabs a[href='/admin/reports/members']");
        await admin.WaitForSelectorAsync("#members-totals");
        Assert.Equal(12, await admin.Locator("#members-periods tbody tr").CountAsync());
        Assert.True(await admin.Locator("#members-cooperatives tbody tr").CountAsync() > 0, "the demo cooperatives joined this year");
        await CheckAsync(admin, width, "admin-members-report");

        // A demo owner's own report: its months, best sellers and buyers.
        var owner = await SignedInAsync(width, height, "lienhe3@htx-demo.vn", "Owner#Demo2025");
        await owner.GotoAsync("/cooperatives/mine");
        await owner.Locator("a.manage").First.ClickAsync();
        await owner.ClickAsync("nav.tabs a[href$='/reports']");
        await owner.WaitForSelectorAsync("#orders-totals");
        Assert.Equal(12, await owner.Locator("#orders-periods tbody tr").CountAsync()); // twelve months, the empty ones too
        await owner.WaitForSelectorAsync("#ratings"); // how shoppers rated it, or that none did yet
        await CheckAsync(owner, width, "cooperative-report");

        await admin.GotoAsync("/admin/orders");
        Assert.True(await admin.Locator("#desk-orders tbody tr").CountAsync() > 0, "the demo orders are on the desk");
        await CheckAsync(admin, width, "admin-orders");
        await admin.Locator("#desk-orders tbody tr a").First.ClickAsync();
        await admin.WaitForSelectorAsync("#desk-order");
        await CheckAsync(admin, width, "admin-order");

        await admin.GotoAsync("/admin/audit");
        Assert.NotNull(await admin.QuerySelectorAsync("#audit-xlsx"));
        await CheckAsync(admin, width, "admin-audit-exports");

        // A rule made as an admin makes one, far enough ahead to price none of the other tests' orders.
        await admin.GotoAsync("/admin/ledger");
        await admin.ClickAsync("#commission-rules-link");
        var note = $"Tuần lễ OCOP {width}";
        await admin.SelectOptionAsync("#audience", "OcopCooperatives");
        await admin.FillAsync("#percent", "3.5");
        await admin.FillAsync("#capVnd", "50000");
        await admin.FillAsync("#from", DateTime.UtcNow.AddHours(7).AddDays(300).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await admin.FillAsync("#note", note);
        await admin.ClickAsync("#new-rule button[type=submit]");
        var row = admin.Locator("#rules tbody tr", new() { HasText = note });
        await row.WaitForAsync();
        Assert.Contains("Sắp áp dụng", await row.InnerTextAsync(), StringComparison.Ordinal);
        await CheckAsync(admin, width, "admin-commission-rules");
        await row.Locator("button").ClickAsync();
        await admin.Locator("#rules tbody tr", new() { HasText = note }).Locator("text=Đã kết thúc").WaitForAsync();
    }

    private async Task<IPage> SignedInAsync(int width, int height, string email, string password)
    {
        var page = await browser.NewPageAsync(width, height);
        await page.GotoAsync("/account/login");
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", password);
        await page.ClickAsync("#login-submit");
        await page.WaitForSelectorAsync(".hello");
        return page;
    }

    private static async Task CheckAsync(IPage page, int width, string name)
    {
        await Screens.ScreenshotAsync(page, $"{name}-{width}");
        var axe = await page.RunAxe();
        Assert.Empty(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Nodes.FirstOrDefault()?.Html}"));
        var wide = await page.EvaluateAsync<string>(
            "() => [...document.querySelectorAll('body *')]"
            + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.parentElement?.closest('.table-wrap'))"
            + ".slice(0, 3).map(e => e.tagName + '.' + e.className + '#' + e.id).join(' ')");
        Assert.True(await Screens.FitsAsync(page), $"{name} is wider than {width} px: {wide}");
    }
}
