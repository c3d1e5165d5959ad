namespace Marketplace.E2E.Tests;

/// <summary>
/// A cooperative's person in Chromium takes the catalog to Shopee, Lazada and Tiki from the
/// products' sheet page: each button downloads that channel's upload workbook. Checked on a phone and a desktop.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class ChannelExportsInTheBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task EachChannelsButton_DownloadsItsWorkbook()
    {
        var page = await browser.SignedInPageAsync("lienhe2@htx-demo.vn", "Owner#Demo2025", 390, 844);
        await page.ClickAsync("#nav-sell");
        await page.ClickAsync("a.manage");
        await page.GotoAsync(new Uri(page.Url).AbsolutePath.Replace("/today", "/products/sheet", StringComparison.Ordinal));
        await Screens.ArrivedAsync(page, "#sheet-channels", "the products' sheet page");
        await Screens.CheckedAsync(page, "channel-exports", 390);
        foreach (var channel in new[] { "shopee", "lazada", "tiki" })
        {
            var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync($"#channel-{channel}"));
            Assert.StartsWith($"{channel}-", download.SuggestedFilename, StringComparison.Ordinal);
            Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
            await using var file = await download.CreateReadStreamAsync();
            var zip = new byte[2];
            await file.ReadExactlyAsync(zip);
            Assert.Equal("PK"u8.ToArray(), zip); // an Office Open XML workbook is a zip archive
        }

        await page.SetViewportSizeAsync(1280, 800);
        await Screens.CheckedAsync(page, "channel-exports", 1280);
    }
}
