using Microsoft.Playwright;

namespace Marketplace.E2E.Tests;

/// <summary>What the phone tests ask of a page: that it fits the screen, and a screenshot to look at.</summary>
internal static class Screens
{
    /// <summary>Nothing wider than the viewport: no sideways scrolling.</summary>
    public static Task<bool> FitsAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth");

    /// <summary>A full-page screenshot into $MARKETPLACE_SCREENSHOTS, when it is set.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("MARKETPLACE_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        }
    }

    /// <summary>Checkout's summary is quoted to the province chosen, as a person sees it before placing the order.</summary>
    public static Task QuotedToAsync(IPage page, string province) =>
        page.WaitForSelectorAsync($"#checkout-summary[data-province='{province}']");
}
