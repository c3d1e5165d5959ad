using Microsoft.Playwright;

namespace Marketplace.E2E.Tests;

/// <summary>
/// Talking with a cooperative in Chromium, on a phone and a desk: a shopper asks HTX Thảo Đường
/// Vinh from a product's page (the phone) or its storefront (the desk); the cooperative's owner
/// finds it waiting on Today, keeps a quick reply, answers with it in a tap, and the shopper reads
/// the answer under Messages. axe-core finds no serious or critical violation, nothing scrolls
/// sideways; screenshots go to $MARKETPLACE_SCREENSHOTS.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class ConversationsInTheBrowserTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(390, 844, "shopper4@example.vn")]
    [InlineData(1280, 800, "shopper5@example.vn")]
    public async Task AShopperAsks_TheCooperativeAnswersWithAQuickReply_AndTheShopperReadsIt(int width, int height, string email)
    {
        var question = $"Cỏ ngọt có giao được Đà Nẵng không? ({width})";
        var shopper = await browser.SignedInPageAsync(email, "Shopper#Demo2025", width, height);
        await shopper.GotoAsync("/storefronts/htx-thao-duong-vinh");
        if (width < 600)
        {
            await shopper.Locator("#products .card.product").First.Locator("a").First.ClickAsync();
            await shopper.WaitForSelectorAsync("#ask-cooperative");
        }

        await shopper.ClickAsync("#ask-cooperative");
        await shopper.WaitForSelectorAsync("#ask-form");
        await shopper.ClickAsync("#ask-send"); // nothing written: told so, in Vietnamese
        await Assertions.Expect(shopper.Locator(".field-error")).ToContainTextAsync("Hãy viết tin nhắn");
        await shopper.FillAsync("#Text", question);
        await Screens.CheckedAsync(shopper, "ask-cooperative", width);
        await shopper.ClickAsync("#ask-send");
        await Assertions.Expect(shopper.Locator("#messages")).ToContainTextAsync(question);

        var owner = await browser.SignedInPageAsync("lienhe1@htx-demo.vn", "Owner#Demo2025", width, height);
        await owner.GotoAsync("/cooperatives/mine");
        await owner.ClickAsync("a.manage");
        await owner.ClickAsync("#tile-messages a"); // waiting on Today, a tap from where it is answered
        await owner.WaitForSelectorAsync("#quick-reply-form");
        await owner.FillAsync("#Title", $"Giao hàng {width}");
        await owner.FillAsync("#Text", "Dạ, hợp tác xã giao toàn quốc qua GHTK, 2 đến 4 ngày.");
        await owner.ClickAsync("#quick-reply-add");
        await Assertions.Expect(owner.Locator("#quick-reply-list")).ToContainTextAsync($"Giao hàng {width}");
        await owner.ClickAsync("#filter-waiting");
        await owner.WaitForURLAsync("**/messages?waiting=true");
        await Screens.CheckedAsync(owner, "cooperative-messages", width);

        await owner.Locator("#conversations .conversation", new() { HasText = question }).Locator("a").ClickAsync();
        await owner.WaitForSelectorAsync("#awaiting-answer");
        await owner.Locator("#quick-replies button", new() { HasText = $"Giao hàng {width}" }).ClickAsync();
        await Assertions.Expect(owner.Locator("#Text")).ToHaveValueAsync("Dạ, hợp tác xã giao toàn quốc qua GHTK, 2 đến 4 ngày.");
        await Screens.CheckedAsync(owner, "cooperative-answer", width);
        await owner.ClickAsync("#message-send");
        await Assertions.Expect(owner.Locator("#messages .from-cooperative")).ToContainTextAsync("giao toàn quốc");
        await Assertions.Expect(owner.Locator("#awaiting-answer")).ToHaveCountAsync(0);

        await shopper.ClickAsync("#nav-messages");
        await Assertions.Expect(shopper.Locator("#conversations .conversation.unread")).ToContainTextAsync("HTX Thảo Đường Vinh");
        await Screens.CheckedAsync(shopper, "my-messages", width);
        await shopper.Locator("#conversations .conversation.unread a").First.ClickAsync();
        await Assertions.Expect(shopper.Locator("#messages .from-cooperative")).ToContainTextAsync("giao toàn quốc");
        await Screens.CheckedAsync(shopper, "conversation", width);
    }
}
