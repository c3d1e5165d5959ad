using Microsoft.Playwright;

namespace Marketplace.E2E.Tests;

/// <summary>
/// A buyer abroad in Chromium: an admin sets the dollar's rate on its page; a visitor chooses
/// dollars in the footer and reads product prices, and the cart, in dollars beside the đồng, told
/// that payment is in đồng; the demo business buyer asks for tea from abroad, CIF Yokohama under an
/// HS code, and a tea cooperative quotes it with a minimum lot. Each page checked on a phone and a desktop.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class BuyersAbroadInTheBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task TheAdminSetsTheDollar_AVisitorReadsPricesInIt_AndABuyerAsksCifYokohama()
    {
        var admin = await browser.SignedInPageAsync("admin@htx-marketplace.vn", "Admin#Demo2025");
        await admin.GotoAsync("/admin/ledger");
        await admin.ClickAsync("#exchange-rates-link");
        await admin.FillAsync("#vnd-USD", "25400");
        await admin.ClickAsync("#set-USD");
        await Screens.ArrivedAsync(admin, "#flash", "the rate saved");
        Assert.Contains("25.400", await admin.InnerTextAsync("#rate-USD"), StringComparison.Ordinal);
        await Screens.CheckedAsync(admin, "exchange-rates", 1280);
        await admin.SetViewportSizeAsync(390, 844);
        await Screens.CheckedAsync(admin, "exchange-rates", 390);

        foreach (var width in new[] { 390, 1280 })
        {
            var visitor = await browser.NewPageAsync(width, width == 390 ? 844 : 800);
            await visitor.GotoAsync("/");
            await visitor.ClickAsync("form.currency button[value=USD]");
            await Screens.ArrivedAsync(visitor, "#fx-note", "dollars chosen");
            Assert.Contains("25.400", await visitor.InnerTextAsync("#fx-note"), StringComparison.Ordinal);
            Assert.Equal("true", await visitor.GetAttributeAsync("form.currency button[value=USD]", "aria-pressed"));
            await visitor.GotoAsync("/products?q=" + Uri.EscapeDataString("trà"));
            Assert.StartsWith("≈", (await visitor.Locator(".price .fx").First.InnerTextAsync()).Trim(), StringComparison.Ordinal);
            await Screens.CheckedAsync(visitor, "listing-usd", width);
            await visitor.Locator(".card h3 a").First.ClickAsync();
            await Screens.ArrivedAsync(visitor, ".product-page table .fx", "the product in dollars");
            await Screens.CheckedAsync(visitor, "product-usd", width);
            await visitor.Locator("form.add-to-cart button").First.ClickAsync();
            await Screens.ArrivedAsync(visitor, "#flash", "added to the cart");
            await visitor.GotoAsync("/cart");
            Assert.Contains("đồng", await visitor.InnerTextAsync("#cart-pay-in-dong"), StringComparison.Ordinal);
            await Screens.CheckedAsync(visitor, "cart-usd", width);
        }

        var buyer = await browser.SignedInPageAsync("muasi@example.vn", "Buyer#Demo2025", 390, 844);
        await buyer.GotoAsync("/business/rfqs");
        await buyer.SelectOptionAsync("#CategoryId", new SelectOptionValue { Label = "Trà" });
        await buyer.FillAsync("#Quantity", "3");
        await buyer.SelectOptionAsync("#DestinationCountry", "JP");
        await buyer.SelectOptionAsync("#Incoterm", "CIF");
        await buyer.FillAsync("#NamedPlace", "Yokohama");
        await buyer.FillAsync("#HsCode", "0902.20");
        await Screens.CheckedAsync(buyer, "rfq-abroad-form", 390);
        await buyer.ClickAsync("#rfq-send");
        await Screens.ArrivedAsync(buyer, "#rfq-terms", "the request from abroad");
        Assert.Equal("CIF Yokohama", await buyer.InnerTextAsync("#rfq-terms"));
        Assert.Equal("0902.20", await buyer.InnerTextAsync("#rfq-hs"));
        await Screens.CheckedAsync(buyer, "rfq-abroad", 390);
        var number = (await buyer.InnerTextAsync("h1")).Split(' ').Last();

        var staff = await browser.SignedInPageAsync("lienhe3@htx-demo.vn", "Owner#Demo2025");
        await staff.ClickAsync("#nav-sell");
        await staff.ClickAsync("a.manage");
        await staff.GetByRole(AriaRole.Link, new() { Name = "Báo giá", Exact = true }).ClickAsync();
        await staff.GetByRole(AriaRole.Link, new() { Name = number, Exact = true }).ClickAsync();
        Assert.Equal("CIF Yokohama", await staff.InnerTextAsync("#rfq-terms"));
        await staff.FillAsync("#Quantity", "5");
        await staff.FillAsync("#UnitPriceVnd", "210000000");
        await staff.FillAsync("#MinimumLot", "2");
        await staff.ClickAsync("#send-quote");
        await Screens.ArrivedAsync(staff, "#quote-status", "the quote sent");
        Assert.Contains("lô tối thiểu 2 tấn", await staff.InnerTextAsync("section.decide"), StringComparison.Ordinal);
        await Screens.CheckedAsync(staff, "vendor-rfq-abroad", 1280);
        await staff.SetViewportSizeAsync(390, 844);
        await Screens.CheckedAsync(staff, "vendor-rfq-abroad", 390);
    }
}
