using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Marketplace.E2E.Tests;

/// <summary>
/// A lot followed to its buyer, in Chromium: the cooperative ships a packed part from its phone
/// with the lot its page proposes, sees on the lot's page who received it and recalls it; anyone
/// who scans the package reads the recall, and the buyer sees it beside the line on their order.
/// On the demo data (Sơn Thủy's packed order of dried longan, lot ST-LN-2609). axe-core finds no
/// serious or critical violation, nothing scrolls sideways; screenshots go to $MARKETPLACE_SCREENSHOTS.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class LotsInTheBrowserTests(BrowserFixture browser)
{
    private const string Lot = "ST-LN-2609";

    private static async Task CheckAsync(IPage page, string screenshot)
    {
        var axe = await page.RunAxe();
        Assert.Empty(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}"));
        Assert.True(await Screens.FitsAsync(page), $"{page.Url} is wider than the screen");
        await Screens.ScreenshotAsync(page, screenshot);
    }

    [Fact]
    public async Task TheCooperativeShipsFromALot_SeesWhoReceivedIt_AndRecallsIt_AndTheBuyerIsShown()
    {
        // On the phone: the packed part's ship form proposes the lot; it ships from it.
        var phone = await browser.SignedInPageAsync("lienhe4@htx-demo.vn", "Owner#Demo2025", 390, 844);
        await phone.GotoAsync("/cooperatives/mine");
        var today = await phone.GetAttributeAsync("a.manage", "href");
        var cooperative = today!.Split('/')[2];
        await phone.GotoAsync($"/cooperatives/{cooperative}/orders?status=Packed");
        var part = phone.Locator(".order-part", new() { HasText = "ST-LN-500" });
        var number = (await part.Locator("h2 label").InnerTextAsync()).Trim();
        var ship = part.Locator("form:has(button[data-action=Ship])");
        Assert.Equal(Lot, await ship.Locator("select[name='lots[0].LotCode']").InputValueAsync());
        await ship.Locator("input[name=carrier]").FillAsync("Viettel Post");
        await ship.Locator("input[name=trackingNumber]").FillAsync("VTP-LOT-1");
        await CheckAsync(phone, "lots-ship-form-390");
        await ship.Locator("button[data-action=Ship]").ClickAsync();
        await phone.WaitForSelectorAsync("#flash");
        await phone.GotoAsync($"/cooperatives/{cooperative}/orders?status=Shipped");
        Assert.Contains(Lot, await phone.Locator(".order-part", new() { HasText = number }).Locator(".line-lot").InnerTextAsync(), StringComparison.Ordinal);

        // On the desk: the lot's page names who received it, and recalls it after asking.
        var desk = await browser.SignedInPageAsync("lienhe4@htx-demo.vn", "Owner#Demo2025");
        await desk.GotoAsync($"/lots/{Lot}");
        Assert.Contains(number, await desk.InnerTextAsync("#recipients"), StringComparison.Ordinal);
        await CheckAsync(desk, "lots-recipients-1280");
        string? question = null;
        desk.Dialog += async (_, dialog) =>
        {
            question = dialog.Message;
            await dialog.AcceptAsync();
        };
        await desk.FillAsync("#Reason", "Kiểm nghiệm lại phát hiện nấm mốc trong một số túi.");
        await desk.ClickAsync("#recall-submit");
        await desk.WaitForSelectorAsync("#recall");
        Assert.Contains(Lot, question, StringComparison.Ordinal);
        Assert.Equal(0, await desk.Locator("#recall-form").CountAsync());
        await CheckAsync(desk, "lots-recalled-staff-1280");

        // Anyone who scans the package reads the recall first.
        var visitor = await browser.NewPageAsync(390, 844);
        await visitor.GotoAsync($"/lots/{Lot}");
        Assert.Contains("nấm mốc", await visitor.InnerTextAsync("#recall"), StringComparison.Ordinal);
        Assert.Equal(0, await visitor.Locator("#recipients").CountAsync());
        await CheckAsync(visitor, "lots-recalled-public-390");

        // The buyer sees it beside the line of their order.
        var buyer = await browser.SignedInPageAsync("shopper3@example.vn", "Shopper#Demo2025", 390, 844);
        await buyer.GotoAsync("/orders");
        await buyer.GetByRole(AriaRole.Link, new() { Name = number }).First.ClickAsync();
        await buyer.WaitForSelectorAsync(".line-lot");
        // The recall reaches the order through the outbox, a moment after it is made.
        for (var tries = 0; tries < 40 && await buyer.Locator(".lot-recalled").CountAsync() == 0; tries++)
        {
            await Task.Delay(500);
            await buyer.ReloadAsync();
        }

        Assert.Contains("nấm mốc", await buyer.InnerTextAsync(".order-part .recall"), StringComparison.Ordinal);
        await CheckAsync(buyer, "lots-recalled-order-390");
    }
}
