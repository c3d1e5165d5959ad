using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Marketplace.E2E.Tests;

/// <summary>What the phone tests ask of a page: that it fits the screen, and a screenshot to look at.</summary>
internal static class Screens
{
    /// <summary>Nothing wider than the viewport: no sideways scrolling.</summary>
    public static Task<bool> FitsAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth");

    /// <summary>
    /// A page as every new page is checked: its screenshot taken, no serious or critical violation
    /// that axe-core finds, and nothing wider than the screen.
    /// </summary>
    public static async Task CheckedAsync(IPage page, string name, int width)
    {
        await ScreenshotAsync(page, $"{name}-{width}");
        var axe = await page.RunAxe();
        Assert.Empty(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => v.Id));
        Assert.True(await FitsAsync(page), $"{name} is wider than {width} px");
    }

    /// <summary>A full-page screenshot into $MARKETPLACE_SCREENSHOTS, when it is set.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("MARKETPLACE_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        }
    }

    /// <summary>
    /// Waits for the page a step leads to (<paramref name="selector"/> on it); when it does not come,
    /// fails saying where the browser is and what the page says there (a refusal, a message), not
    /// only that it waited.
    /// </summary>
    public static async Task ArrivedAsync(IPage page, string selector, string step)
    {
        try
        {
            await page.WaitForSelectorAsync(selector, new() { Timeout = 60_000 });
        }
        catch (System.TimeoutException)
        {
            string text;
            try
            {
                text = await page.Locator("main").First.InnerTextAsync(new() { Timeout = 5_000 });
            }
            catch (Exception ex) when (ex is PlaywrightException or System.TimeoutException)
            {
                text = "(no page)";
            }

            await ScreenshotAsync(page, "failed-" + string.Concat(step.Where(char.IsAsciiLetterOrDigit)));
            throw new Xunit.Sdk.XunitException(
                $"{step}: no {selector} within 60 s; the browser is at {page.Url}, whose page says: {text[..Math.Min(text.Length, 800)]}");
        }
    }

    /// <summary>
    /// After "Đặt hàng": the order's page. A quote answered while the form was filled may have
    /// changed the total (on a busy machine a carrier's price can come after the table's); the page
    /// then shows the new total instead of ordering, and a person presses again, as this does, once.
    /// </summary>
    public static async Task PlacedAsync(IPage page, string selector, string step)
    {
        try
        {
            await page.WaitForSelectorAsync(selector, new() { Timeout = 20_000 });
            return;
        }
        catch (System.TimeoutException) when (page.Url.Contains("/orders/checkout", StringComparison.Ordinal))
        {
            await page.ClickAsync("#place-order");
        }

        await ArrivedAsync(page, selector, step);
    }

    /// <summary>Checkout's summary is quoted to the province chosen, as a person sees it before placing the order.</summary>
    public static Task QuotedToAsync(IPage page, string province) =>
        page.WaitForSelectorAsync($"#checkout-summary[data-province='{province}']");
}
