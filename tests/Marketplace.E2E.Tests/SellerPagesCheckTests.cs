using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Marketplace.E2E.Tests;

/// <summary>
/// Every page of the seller centre, as a cooperative's person on a small phone (360 px) meets it:
/// axe-core finds no serious or critical accessibility violation, and nothing scrolls sideways.
/// The pages are reached by following the centre's own links, so a new tab is checked too.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed partial class SellerPagesCheckTests(BrowserFixture browser)
{
    [Fact]
    public async Task EverySellerPage_At360Px_HasNoSeriousAxeViolation_AndNoSidewaysScroll()
    {
        var page = await browser.NewPageAsync(360, 780);
        await page.GotoAsync("/account/login");
        await page.FillAsync("#Input_Email", "lienhe2@htx-demo.vn");
        await page.FillAsync("#Input_Password", "Owner#Demo2025");
        await page.ClickAsync("#login-submit");
        await page.ClickAsync("#nav-sell");
        var urls = new List<string> { new Uri(page.Url).PathAndQuery };
        await page.ClickAsync("a.manage");
        urls.AddRange(await LinksAsync(page, "nav.tabs a"));
        await page.GotoAsync(urls.Single(u => u.EndsWith("/products", StringComparison.Ordinal)));
        urls.Add((await LinksAsync(page, "#my-products a"))[0]);
        urls.Add("/cooperatives/" + CooperativeId().Match(urls.Single(u => u.EndsWith("/today", StringComparison.Ordinal))).Value + "/products/sheet");
        await page.GotoAsync(urls.Single(u => u.EndsWith("/orders", StringComparison.Ordinal)));
        urls.AddRange((await LinksAsync(page, "a[href*='/slip']")).Take(1));
        urls.Add("/notices");

        var problems = new List<string>();
        foreach (var url in urls.Distinct(StringComparer.Ordinal))
        {
            await page.GotoAsync(url);
            var axe = await page.RunAxe();
            problems.AddRange(axe.Violations
                .Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{url}: {v.Id} ({v.Impact}) at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target))}"));
            if (!await Screens.FitsAsync(page))
            {
                problems.Add($"{url}: wider than 360 px");
            }
        }

        Assert.True(urls.Count >= 12, string.Join(", ", urls));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static async Task<IReadOnlyList<string>> LinksAsync(IPage page, string selector) =>
        (await page.Locator(selector).EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"))
        .Where(h => h.StartsWith('/'))
        .ToList();

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex CooperativeId();
}
