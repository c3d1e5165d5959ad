using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Marketplace.E2E.Tests;

/// <summary>
/// A supply contract made in Chromium: a business buyer proposes, on a phone, six monthly
/// deliveries of Sơn Thủy's longan from the product's page (a mistake is refused beside its
/// field), the cooperative counters on a desk with a higher price, and the buyer accepts: the six
/// deliveries are scheduled. axe-core finds no serious or critical violation, nothing scrolls
/// sideways; screenshots go to $MARKETPLACE_SCREENSHOTS.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class ContractsInTheBrowserTests(BrowserFixture browser)
{
    private static async Task CheckAsync(IPage page, string screenshot)
    {
        var axe = await page.RunAxe();
        Assert.Empty(axe.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id}: {string.Join(" | ", v.Nodes.Select(n => n.Html))}"));
        Assert.True(await Screens.FitsAsync(page), $"{page.Url} is wider than the screen");
        await Screens.ScreenshotAsync(page, screenshot);
    }

    [Fact]
    public async Task ABuyerProposes_TheCooperativeCounters_AndTheBuyerAccepts()
    {
        // The buyer, on a phone: from the season's longan to its product page, and the proposal.
        var buyer = await browser.SignedInPageAsync("muasi@example.vn", "Buyer#Demo2025", 390, 844);
        await buyer.GotoAsync("/season");
        await buyer.Locator(".season-window[data-lot='ST-NHAN-V1'] h3 a").ClickAsync();
        await buyer.Locator("a[href^='/products/']").Last.ClickAsync();
        await buyer.ClickAsync("#propose-contract-link");
        await buyer.WaitForSelectorAsync("#contract-form");
        var first = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).AddDays(20).ToString("yyyy-MM-dd");
        await buyer.FillAsync("#FirstDeliveryOn", first);
        await buyer.FillAsync("#Deliveries", "6");
        await buyer.FillAsync("#Phone", "0903 123 456");
        await buyer.SelectOptionAsync("#Province", "Hà Nội");
        await buyer.FillAsync("#Commune", "phường Cầu Giấy");
        await buyer.FillAsync("#Street", "88 Trần Duy Hưng");
        await buyer.ClickAsync("#propose-contract"); // no quantity yet
        await buyer.WaitForSelectorAsync("#QuantityPerDelivery + .field-error:not(:empty)");
        Assert.Equal(first, await buyer.InputValueAsync("#FirstDeliveryOn")); // what was typed stays
        await CheckAsync(buyer, "contract-new-error-390");
        await buyer.FillAsync("#QuantityPerDelivery", "200");
        await buyer.ClickAsync("#propose-contract");
        await buyer.WaitForSelectorAsync("#contract-facts");
        Assert.Contains("chờ hợp tác xã", await buyer.InnerTextAsync("#contract-awaiting"), StringComparison.Ordinal);
        var contractUrl = buyer.Url;
        await CheckAsync(buyer, "contract-offered-390");

        // The cooperative, on a desk: its contracts' tab, the offer, a counter-offer at a higher price.
        var coop = await browser.SignedInPageAsync("lienhe4@htx-demo.vn", "Owner#Demo2025");
        await coop.GotoAsync("/cooperatives/mine");
        var cooperative = (await coop.GetAttributeAsync("a.manage", "href"))!.Split('/')[2];
        await coop.GotoAsync($"/cooperatives/{cooperative}/contracts");
        await CheckAsync(coop, "contracts-vendor-1280");
        await coop.Locator(".contract h2 a").First.ClickAsync();
        await coop.WaitForSelectorAsync("#counter-form");
        var price = long.Parse(await coop.InputValueAsync("#counter-form #PriceVnd"), System.Globalization.CultureInfo.InvariantCulture);
        await coop.FillAsync("#counter-form #PriceVnd", (price + 2_000).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await coop.FillAsync("#counter-form #PriceFloorVnd", (price - 5_000).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await coop.FillAsync("#counter-form #PriceCeilingVnd", (price + 8_000).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await coop.FillAsync("#counter-form #Note", "Giá vận chuyển lạnh tăng");
        await CheckAsync(coop, "contract-answer-1280");
        await coop.ClickAsync("#contract-counter");
        await coop.WaitForSelectorAsync("#flash");
        Assert.Contains("chờ người mua", await coop.InnerTextAsync("#contract-awaiting"), StringComparison.Ordinal);

        // The buyer accepts: six deliveries, monthly from the first date.
        await buyer.GotoAsync(contractUrl);
        Assert.Contains("Giá vận chuyển lạnh tăng", await buyer.InnerTextAsync("#contract-offers"), StringComparison.Ordinal);
        await buyer.ClickAsync("#contract-accept");
        await buyer.WaitForSelectorAsync("#contract-deliveries");
        Assert.Equal("Đang thực hiện", (await buyer.InnerTextAsync("#contract-status")).Trim());
        Assert.Equal(6, await buyer.Locator("#contract-deliveries tbody tr").CountAsync());
        await CheckAsync(buyer, "contract-active-390");
        Assert.Contains((price - 5_000).ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")), await buyer.InnerTextAsync("#contract-band"),
            StringComparison.Ordinal);
        var desk = await browser.SignedInPageAsync("muasi@example.vn", "Buyer#Demo2025");
        await desk.GotoAsync(contractUrl);
        await CheckAsync(desk, "contract-active-1280");

        // Within the band, the cooperative prices the second delivery as the market moves; the buyer reads it.
        await coop.GotoAsync(contractUrl);
        var second = coop.Locator("#contract-deliveries tbody tr").Nth(1);
        await second.Locator("input[name=priceVnd]").FillAsync((price + 6_000).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await second.Locator("button").ClickAsync();
        await coop.WaitForSelectorAsync("#flash");
        await CheckAsync(coop, "contract-band-priced-1280");
        await desk.ReloadAsync();
        Assert.Contains((price + 6_000).ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")),
            await desk.Locator("#contract-deliveries tbody tr").Nth(1).InnerTextAsync(), StringComparison.Ordinal);
        await desk.GotoAsync("/contracts");
        Assert.Equal(1, await desk.Locator(".contract", new() { HasText = "Đang thực hiện" }).CountAsync());
        await CheckAsync(desk, "contracts-mine-1280");
    }

    [Fact]
    public async Task AQuoteOnAProduct_BecomesASupplyContractProposal_InTheProductsUnit()
    {
        // The buyer asks Suối Giàng for 2 tấn of its ancient-tree tea, from the product's page.
        var buyer = await browser.SignedInPageAsync("muasi@example.vn", "Buyer#Demo2025", 390, 844);
        await buyer.GotoAsync("/products?q=" + Uri.EscapeDataString("Trà Shan Tuyết cổ thụ"));
        await buyer.GetByRole(AriaRole.Link, new() { Name = "Trà Shan Tuyết cổ thụ", Exact = true }).ClickAsync();
        await buyer.ClickAsync("#ask-quote");
        await buyer.FillAsync("#Quantity", "2");
        await buyer.SelectOptionAsync("#Unit", "Tan");
        await buyer.SelectOptionAsync("#DeliveryProvince", "Hà Nội");
        await buyer.ClickAsync("#rfq-send");
        await buyer.WaitForSelectorAsync("#quotes");
        var rfqUrl = buyer.Url;
        var number = (await buyer.InnerTextAsync("h1")).Split(' ').Last();

        // The cooperative quotes 1.5 billion đồng a tấn.
        var staff = await browser.SignedInPageAsync("lienhe3@htx-demo.vn", "Owner#Demo2025");
        await staff.ClickAsync("#nav-sell");
        await staff.ClickAsync("a.manage");
        await staff.GetByRole(AriaRole.Link, new() { Name = "Báo giá", Exact = true }).ClickAsync();
        await staff.GetByRole(AriaRole.Link, new() { Name = number, Exact = true }).ClickAsync();
        await staff.FillAsync("#Quantity", "2");
        await staff.FillAsync("#UnitPriceVnd", "1500000000");
        await staff.ClickAsync("#send-quote");
        await staff.WaitForSelectorAsync("#quote-status");

        // The buyer turns the quote into a proposal: 2,000 kg a delivery at 1,500,000 ₫ a kg.
        await buyer.GotoAsync(rfqUrl);
        await buyer.WaitForSelectorAsync("#rfq-contracts a");
        await CheckAsync(buyer, "rfq-contract-390");
        await buyer.ClickAsync("#rfq-contracts a");
        await buyer.WaitForSelectorAsync("#contract-from-quote");
        Assert.Equal("2000", await buyer.InputValueAsync("#QuantityPerDelivery"));
        Assert.Equal("1500000", await buyer.InputValueAsync("#PriceVnd"));
        await CheckAsync(buyer, "contract-from-quote-390");
        await buyer.FillAsync("#FirstDeliveryOn", DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).AddDays(30).ToString("yyyy-MM-dd"));
        await buyer.FillAsync("#Deliveries", "4");
        await buyer.FillAsync("#Phone", "0903 123 456");
        await buyer.SelectOptionAsync("#Province", "Hà Nội");
        await buyer.FillAsync("#Commune", "phường Cầu Giấy");
        await buyer.FillAsync("#Street", "88 Trần Duy Hưng");
        await buyer.ClickAsync("#propose-contract");
        await buyer.WaitForSelectorAsync("#contract-facts");
        Assert.Equal(number, (await buyer.InnerTextAsync("#contract-rfq")).Trim());
        await CheckAsync(buyer, "contract-from-rfq-390");

        var desk = await browser.SignedInPageAsync("muasi@example.vn", "Buyer#Demo2025");
        await desk.GotoAsync(rfqUrl);
        await CheckAsync(desk, "rfq-contract-1280");
        var fromQuote = (await desk.Locator("#rfq-contracts a").First.GetAttributeAsync("href"))!;
        await desk.GotoAsync(buyer.Url);
        await CheckAsync(desk, "contract-from-rfq-1280");
        await desk.GotoAsync(fromQuote);
        await desk.WaitForSelectorAsync("#contract-from-quote");
        await CheckAsync(desk, "contract-from-quote-1280");
    }
}
